"""The listings' colours: Pygments' "friendly", with program output dark enough to print."""

from typing import ClassVar

from pygments.styles.friendly import FriendlyStyle
from pygments.token import Generic


class BookStyle(FriendlyStyle):
    styles: ClassVar[dict[object, str]] = {
        **FriendlyStyle.styles,
        Generic.Output: "#333333",
        Generic.Traceback: "#a40000",
    }
