"""Two children fail in the same step: the group carries both errors."""

import asyncio


async def check_age(record: dict[str, str]) -> None:
    if not record["age"].isdigit():
        raise ValueError(f"age is not a number: {record['age']!r}")


async def check_email(record: dict[str, str]) -> None:
    if "@" not in record["email"]:
        raise ValueError(f"email has no @: {record['email']!r}")


async def check_country(record: dict[str, str]) -> None:
    if record["country"] not in {"FR", "DE", "IT"}:
        raise LookupError(f"unknown country: {record['country']!r}")


async def main() -> None:
    record = {"age": "forty", "email": "ada.example.org", "country": "XX"}
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(check_age(record))
            tg.create_task(check_email(record))
            tg.create_task(check_country(record))
    except* ValueError as values:
        print(f"{len(values.exceptions)} value errors:")
        for value_error in values.exceptions:
            print("  ", value_error)
    except* LookupError as lookups:
        print(f"{len(lookups.exceptions)} lookup error:")
        for lookup_error in lookups.exceptions:
            print("  ", lookup_error)
    print("main goes on")


asyncio.run(main())
