"""Connecting to Label Studio: one clear error for a missing SDK, server or token.

The API key comes from ``LABEL_STUDIO_API_KEY`` (a personal access token or a legacy
token) and never appears in a message: every error text passes through :func:`_scrub`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

from corpus.errors import CorpusError

ENV_KEY = "LABEL_STUDIO_API_KEY"
INSTALL_HINT = "pip install 'storydrift[labelstudio]'"
TOKEN_HINT = ("create one in Label Studio under Account & Settings -> Personal Access Token "
              "(or the legacy token) and export LABEL_STUDIO_API_KEY")


def require_sdk() -> Any:
    """The ``label_studio_sdk`` module, or a one-line install hint."""
    try:
        import label_studio_sdk
    except ImportError:
        raise CorpusError(f"label-studio-sdk is not installed: {INSTALL_HINT}") from None
    return label_studio_sdk


def _scrub(text: str, secret: str | None) -> str:
    """Mask the token as stored and as sent (stripped), wherever it appears."""
    if not secret:
        return text
    for form in sorted({secret, secret.strip()}, key=len, reverse=True):
        if form:
            text = text.replace(form, "***")
    return text


def _fail(url: str, what: str, secret: str | None) -> CorpusError:
    what = _scrub(what, secret)
    return CorpusError(f"Label Studio at {url}: {what}")


def connect(url: str, api_key: str | None = None) -> Any:
    """A checked ``LabelStudio`` client: the server answers and accepts the key."""
    require_sdk()
    import httpx
    from label_studio_sdk import LabelStudio
    from label_studio_sdk.core.api_error import ApiError

    key = api_key if api_key is not None else os.environ.get(ENV_KEY, "")
    if not key.strip():
        raise _fail(url, f"no API key: {ENV_KEY} is not set; {TOKEN_HINT}", None)
    try:
        client = LabelStudio(base_url=url.rstrip("/"), api_key=key.strip(), timeout=30)
        client.users.whoami()
    except (httpx.ConnectError, httpx.ConnectTimeout, httpx.ReadTimeout) as e:
        raise _fail(url, f"server unreachable ({type(e).__name__}); start it with "
                         "`corpus labelstudio serve` or check --url", key) from None
    except httpx.HTTPError as e:
        raise _fail(url, f"request failed ({type(e).__name__})", key) from None
    except ApiError as e:
        if e.status_code in (401, 403):
            raise _fail(url, f"the API key was refused (HTTP {e.status_code}): wrong or expired "
                             f"token; {TOKEN_HINT}", key) from None
        raise _fail(url, f"unexpected answer HTTP {e.status_code}", key) from None
    except Exception as e:  # the SDK refreshing a bad JWT raises its own errors
        raise _fail(url, f"the API key could not be used ({type(e).__name__}): wrong or "
                         f"expired token; {TOKEN_HINT}", key) from None
    return client


def _materialise(result: Any) -> Any:
    """A pager or a byte stream read to the end, so that every page's request runs here."""
    from label_studio_sdk.core.pagination import SyncPager

    if isinstance(result, SyncPager) or isinstance(result, Iterator):
        return list(result)
    return result


def api_call(url: str, what: str, fn, *args, **kwargs) -> Any:
    """Run one SDK call, every page of it; any failure becomes a CorpusError naming ``what``.

    Paged lists and streamed downloads are read to the end inside the error handling:
    the second page's request fails as clearly as the first's.
    """
    import httpx
    from label_studio_sdk.core.api_error import ApiError

    secret = os.environ.get(ENV_KEY)
    try:
        return _materialise(fn(*args, **kwargs))
    except ApiError as e:
        body = str(e.body)[:500]
        raise _fail(url, f"{what} failed (HTTP {e.status_code}): {body}", secret) from None
    except httpx.HTTPError as e:
        raise _fail(url, f"{what} failed ({type(e).__name__}: {str(e)[:200]})", secret) from None
