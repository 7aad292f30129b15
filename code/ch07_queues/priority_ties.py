"""PriorityQueue entries as (priority, counter, item): ties never compare items."""

import asyncio
import itertools
from dataclasses import dataclass


@dataclass
class Request:  # a plain dataclass: instances cannot be compared with <
    path: str


async def main() -> None:
    naive: asyncio.PriorityQueue[tuple[int, Request]] = asyncio.PriorityQueue()
    await naive.put((1, Request("/home")))
    try:
        await naive.put((1, Request("/about")))  # same priority: compares Requests
    except TypeError as exc:
        print(f"without a counter: TypeError: {exc}")

    queue: asyncio.PriorityQueue[tuple[int, int, Request]] = asyncio.PriorityQueue()
    counter = itertools.count()  # 0, 1, 2, ...: a unique second key
    for priority, path in [(2, "/report"), (1, "/home"), (2, "/export"), (1, "/about")]:
        await queue.put((priority, next(counter), Request(path)))
    while not queue.empty():
        priority, order, request = await queue.get()
        print(f"priority {priority}, arrival {order}: {request.path}")


asyncio.run(main())
