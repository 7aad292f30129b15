"""Exercise: check every record, even when some checks fail."""

import asyncio


async def check(record: str) -> int:
    await asyncio.sleep(0.1)
    return int(record)


async def guarded(record: str, errors: dict[str, Exception]) -> int | None:
    try:
        return await check(record)
    except ValueError as error:  # only the failure we expect; bugs still escape
        errors[record] = error
        return None


async def main() -> None:
    records = ["12", "x7", "40", "", "3"]
    errors: dict[str, Exception] = {}
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(guarded(r, errors)) for r in records]
    good = [t.result() for t in tasks if t.result() is not None]
    print("good:", good)
    for record, error in errors.items():
        print(f"bad {record!r}: {error}")


asyncio.run(main())
