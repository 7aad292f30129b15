"""Exercise: remove the self-deadlock by giving the helper a lock-free core."""

import asyncio

lock = asyncio.Lock()
ledger: list[str] = []


def _audit_locked() -> None:
    """Caller must hold `lock`. Plain def: it cannot await, so cannot be interleaved."""
    assert lock.locked()
    ledger.append("audited")


async def audit() -> None:
    async with lock:  # the public entry point takes the lock ...
        _audit_locked()


async def transfer() -> None:
    async with lock:
        ledger.append("transferred")
        _audit_locked()  # ... code that already holds it calls the core


async def main() -> None:
    async with asyncio.timeout(1):  # a deadlock would fail loudly, not hang
        await transfer()
        await audit()
    print(ledger)


asyncio.run(main())
