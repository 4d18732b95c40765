"""Mastodon set-up: app registration, PKCE authorize, code exchange, limits."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from cmstation.channels.base import BadPayload, NeedsLogin, Offline, Permanent
from cmstation.channels.mastodon_auth import (
    OOB,
    SCOPES,
    authorize_url,
    exchange_code,
    instance_post_limit,
    make_pkce,
    pkce_challenge,
    pkce_methods,
    register_app,
    verify_credentials,
)


def _user_logs_in(session, url: str) -> str:
    """What the user does in the browser: open the page and copy the code shown."""
    page = session.get(url).text
    return re.search(r'value="([^"]+)"', page).group(1)


def test_pkce_pair():
    v, c = make_pkce()
    assert 43 <= len(v) <= 128 and re.fullmatch(r"[A-Za-z0-9_-]+", v)
    assert c == pkce_challenge(v) and c != v
    assert len(c) == 43 and re.fullmatch(r"[A-Za-z0-9_-]+", c)  # base64url(sha256), no "="
    assert make_pkce()[0] != v


def test_full_flow(fake_mastodon, session):
    reg = register_app(session, fake_mastodon.base_url)
    sent = fake_mastodon.requests_to("/api/v1/apps")[0]["body"]
    assert sent["client_name"] == "cmstation" and sent["redirect_uris"] == OOB
    assert sent["scopes"] == SCOPES
    assert reg.client_id in fake_mastodon.apps
    assert reg.client_secret not in repr(reg)

    verifier, challenge = make_pkce()
    url = authorize_url(reg, challenge)
    q = parse_qs(urlsplit(url).query)
    assert urlsplit(url).path == "/oauth/authorize"
    assert q["response_type"] == ["code"] and q["redirect_uri"] == [OOB]
    assert q["code_challenge"] == [challenge] and q["code_challenge_method"] == ["S256"]
    assert q["scope"] == [SCOPES] and q["client_id"] == [reg.client_id]

    code = _user_logs_in(session, url)
    token = exchange_code(session, reg, f"  {code}\n", verifier)
    body = fake_mastodon.requests_to("/oauth/token")[0]["body"]
    assert body["grant_type"] == "authorization_code" and body["code_verifier"] == verifier
    assert body["redirect_uri"] == OOB
    me = verify_credentials(session, fake_mastodon.base_url, token)
    assert me["acct"] == "eva" and me["id"] == fake_mastodon.me["id"]
    assert pkce_methods(session, fake_mastodon.base_url) == ["S256"]


def test_wrong_verifier_or_reused_code_is_refused(fake_mastodon, session):
    reg = register_app(session, fake_mastodon.base_url)
    verifier, challenge = make_pkce()
    code = _user_logs_in(session, authorize_url(reg, challenge))
    with pytest.raises(NeedsLogin) as e:
        exchange_code(session, reg, code, make_pkce()[0])
    assert "did not accept this code" in str(e.value)
    assert exchange_code(session, reg, code, verifier)
    with pytest.raises(NeedsLogin):
        exchange_code(session, reg, code, verifier)  # a code works once


def test_bad_token_needs_login(fake_mastodon, session):
    with pytest.raises(NeedsLogin):
        verify_credentials(session, fake_mastodon.base_url, "nope")


def test_not_a_mastodon_server(fake_mastodon, session):
    fake_mastodon.fault("status", path="/api/v1/apps", status=200, body=b"<html>hello</html>")
    with pytest.raises(BadPayload) as e:
        register_app(session, fake_mastodon.base_url)
    assert "does not answer like a Mastodon server" in str(e.value)
    fake_mastodon.fault("status", path="/api/v1/apps", status=404)
    with pytest.raises(Permanent):
        register_app(session, fake_mastodon.base_url)


def test_server_down_during_set_up(fake_mastodon, session):
    fake_mastodon.fault("status", path="/api/v1/apps", status=502)
    with pytest.raises(Offline):
        register_app(session, fake_mastodon.base_url)


def test_plain_http_to_a_real_server_is_refused(session):
    with pytest.raises(Permanent):
        register_app(session, "http://mastodon.social")


def test_instance_limit_v2_then_v1_then_default(fake_mastodon, session):
    fake_mastodon.max_characters = 1000
    assert instance_post_limit(session, fake_mastodon.base_url) == 1000
    fake_mastodon.instance_v2 = False
    fake_mastodon.max_characters = 640
    assert instance_post_limit(session, fake_mastodon.base_url) == 640
    assert [r["path"] for r in fake_mastodon.log[-2:]] == ["/api/v2/instance", "/api/v1/instance"]
    fake_mastodon.v1_max_toot_chars = 5000
    assert instance_post_limit(session, fake_mastodon.base_url) == 5000
    fake_mastodon.fault("status", path="/api/v1/instance", status=200, body={"uri": "x"})
    assert instance_post_limit(session, fake_mastodon.base_url) == 500


def test_no_oauth_metadata(fake_mastodon, session):
    fake_mastodon.oauth_metadata = False
    assert pkce_methods(session, fake_mastodon.base_url) is None


def test_no_secret_reaches_the_logs(fake_mastodon, session, caplog):
    import logging

    from cmstation.channels.mastodon import MastodonAdapter

    caplog.set_level(logging.DEBUG)  # urllib3 and requests log every request at DEBUG
    reg = register_app(session, fake_mastodon.base_url)
    verifier, challenge = make_pkce()
    token = exchange_code(
        session, reg, _user_logs_in(session, authorize_url(reg, challenge)), verifier
    )
    adapter = MastodonAdapter(session, 1, fake_mastodon.base_url, token)
    adapter.poll_mentions({}, page_budget=1)
    fake_mastodon.fault("status", path="/api/v1/notifications", status=401)
    with pytest.raises(NeedsLogin) as e:
        adapter.poll_mentions({}, page_budget=1)
    assert caplog.records  # there was logging to look at
    for secret in (token, reg.client_secret, verifier):
        assert secret not in caplog.text
        assert secret not in str(e.value) and secret not in repr(adapter)
