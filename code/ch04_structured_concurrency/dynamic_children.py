"""A child adds more children to its own group: a small site crawler."""

import asyncio

from timeline import Timeline

tl = Timeline()

SITE = {
    "/": ["/blog", "/about"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/about": [],
    "/blog/1": ["/"],
    "/blog/2": [],
}


async def crawl(tg: asyncio.TaskGroup, page: str, seen: set[str]) -> None:
    async with tl.span(page):
        await tl.sleep(1)  # fetch the page
        for link in SITE[page]:
            if link not in seen:
                seen.add(link)
                tg.create_task(crawl(tg, link, seen))


async def main() -> None:
    seen = {"/"}
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl(tg, "/", seen))
        tl.log("body done: one task so far")
    tl.log(f"crawled {len(seen)} pages")
    print(tl.chart())


asyncio.run(main())
