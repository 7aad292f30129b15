"""A finished task holds either a result or an exception."""

import asyncio


async def divide(a: int, b: int) -> float:
    await asyncio.sleep(0)
    return a / b


async def main() -> None:
    ok = asyncio.create_task(divide(1, 4), name="ok")
    bad = asyncio.create_task(divide(1, 0), name="bad")
    try:
        ok.result()
    except asyncio.InvalidStateError as exc:
        print("too early:", repr(exc))

    await asyncio.wait([ok, bad])  # wait for both, without raising
    print(f"{ok.get_name()}: done={ok.done()} result={ok.result()}")
    print(f"{ok.get_name()}: exception={ok.exception()!r}")
    print(f"{bad.get_name()}: done={bad.done()} exception={bad.exception()!r}")
    try:
        bad.result()
    except ZeroDivisionError as exc:
        print(f"{bad.get_name()}: result() raises {exc!r}")


asyncio.run(main())
