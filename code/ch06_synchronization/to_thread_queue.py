"""A thread produces, the loop consumes: queue.Queue in between, to_thread to wait."""

import asyncio
import queue
import threading
import time

readings: queue.Queue[int | None] = queue.Queue()  # thread-safe, unlike asyncio.Queue


def sensor() -> None:
    """A blocking producer, as a driver or a legacy library would be."""
    for value in (21, 22, 24):
        time.sleep(0.05)
        readings.put(value)
    readings.put(None)  # end of data


async def heartbeat(stop: asyncio.Event) -> int:
    beats = 0
    while not stop.is_set():
        beats += 1
        await asyncio.sleep(0.01)
    return beats


async def main() -> None:
    stop = asyncio.Event()
    async with asyncio.TaskGroup() as tg:
        beats = tg.create_task(heartbeat(stop))
        producer = threading.Thread(target=sensor)
        producer.start()
        # readings.get() blocks; to_thread runs it in a worker thread and awaits it.
        while (value := await asyncio.to_thread(readings.get)) is not None:
            print("loop: got", value)
        stop.set()
        await asyncio.to_thread(producer.join)
    print("the loop kept running meanwhile:", beats.result() > 2)


asyncio.run(main())
