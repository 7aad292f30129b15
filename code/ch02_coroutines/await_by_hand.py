"""No event loop at all: drive a coroutine with send(), as a loop would."""

from collections.abc import Generator


class Pause:
    """An awaitable that suspends once, handing a message to whoever drives us."""

    def __init__(self, message: str) -> None:
        self.message = message

    def __await__(self) -> Generator[str, str, str]:
        reply = yield self.message  # suspends the whole chain of awaits
        return reply


async def fetch(name: str) -> str:
    answer = await Pause(f"please look up {name}")
    return answer.upper()


async def main() -> str:
    first = await fetch("alice")
    second = await fetch("bob")
    return f"{first} and {second}"


coro = main()
request = coro.send(None)  # runs main() until the first Pause yields
while True:
    print("driver got:", request)
    try:
        request = coro.send(f"{request.split()[-1]}'s address")
    except StopIteration as stop:
        print("main() returned:", stop.value)
        break
