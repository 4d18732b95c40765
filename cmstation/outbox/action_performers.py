"""Which network call does an action, per channel kind (see outbox.actions_worker)."""

from __future__ import annotations

from typing import Any

from cmstation.channels.base import NeedsLogin, Permanent
from cmstation.core.actions import SUPPORTED, Action, ActionKind
from cmstation.core.i18n import QT_TRANSLATE_NOOP, Text
from cmstation.core.models import Channel, ChannelKind, Message
from cmstation.listening import adapters as factory
from cmstation.storage import channels as channel_store

CTX = "Actions"
MSG_UNSUPPORTED = QT_TRANSLATE_NOOP("Actions", "{network} cannot do this")
MSG_NO_AUTHOR = QT_TRANSLATE_NOOP("Actions", "the author of this message is not known")
MSG_NOT_OURS = QT_TRANSLATE_NOOP(
    "Actions", "this only works on replies to and quotes of your own posts"
)

REPORT_TYPES = {
    "spam": "com.atproto.moderation.defs#reasonSpam",
    "abuse": "com.atproto.moderation.defs#reasonRude",
    "violation": "com.atproto.moderation.defs#reasonViolation",
    "other": "com.atproto.moderation.defs#reasonOther",
}


def _refuse(source: str, **params: Any) -> Permanent:
    return Permanent.from_text(Text(CTX, source, params))


def _author(message: Message) -> str:
    if message.author is None or not message.author.remote_id:
        raise _refuse(MSG_NO_AUTHOR)
    return message.author.remote_id


def quoted_post_id(message: Message) -> str:
    """The post of ours a quote quotes (stored as what the quote answers)."""
    if not message.in_reply_to_id:
        raise _refuse(MSG_NOT_OURS)
    return message.in_reply_to_id


class MastodonPerformer:
    def __init__(self, adapter: Any) -> None:
        self.adapter = adapter

    def perform(self, action: Action, message: Message) -> str:
        from cmstation.channels import mastodon_actions as api

        a, undo, kind = self.adapter, action.undo, action.kind
        if kind == ActionKind.LIKE:
            return api.favourite(a, message.remote_id, undo=undo)
        if kind == ActionKind.BOOST:
            return api.boost(a, message.remote_id, undo=undo)
        if kind == ActionKind.MUTE:
            return api.mute(a, _author(message), undo=undo)
        if kind == ActionKind.BLOCK:
            return api.block(a, _author(message), undo=undo)
        if kind == ActionKind.REPORT:
            return api.report(
                a,
                _author(message),
                message.remote_id,
                reason=str(action.detail.get("reason", "other")),
                comment=str(action.detail.get("comment", "")),
                forward=bool(action.detail.get("forward", False)),
            )
        if kind == ActionKind.READ:
            from cmstation.channels.mastodon_direct import conversation_id_of

            conv = conversation_id_of(message.thread_root_id)
            if conv:
                a.mark_conversation_read(conv)
            return conv
        if kind == ActionKind.DETACH and not undo:
            a.revoke_quote(quoted_post_id(message), message.remote_id)
            return message.remote_id
        raise _refuse(MSG_UNSUPPORTED, network="Mastodon")


class BlueskyPerformer:
    def __init__(self, adapter: Any) -> None:
        self.adapter = adapter

    def perform(self, action: Action, message: Message) -> str:
        from cmstation.channels import bluesky_actions as api

        a, undo, kind = self.adapter, action.undo, action.kind
        undoes = str(action.detail.get("undoes_key", ""))
        if kind in (ActionKind.LIKE, ActionKind.BOOST):
            if undo:
                (api.unlike if kind == ActionKind.LIKE else api.unrepost)(a, undoes)
                return ""
            uri, cid = api.subject_ref(a, message.remote_id)
            do = api.like if kind == ActionKind.LIKE else api.repost
            return do(a, uri, cid, action.key)
        if kind == ActionKind.MUTE:
            (api.unmute_actor if undo else api.mute_actor)(a, _author(message))
            return ""
        if kind == ActionKind.BLOCK:
            if undo:
                api.unblock(a, undoes)
                return ""
            return api.block(a, _author(message), action.key)
        if kind == ActionKind.REPORT:
            uri, cid = api.subject_ref(a, message.remote_id)
            reason = str(action.detail.get("reason", "other"))
            return api.report(
                a,
                uri,
                cid,
                REPORT_TYPES.get(reason, REPORT_TYPES["other"]),
                str(action.detail.get("comment", "")),
            )
        if kind == ActionKind.HIDE:
            root = message.thread_root_id
            if not root or root == message.remote_id:
                raise _refuse(MSG_NOT_OURS)
            (api.unhide_reply if undo else api.hide_reply)(a, root, message.remote_id)
            return ""
        if kind == ActionKind.READ:
            from cmstation.channels.bluesky_chat import convo_id_of, message_id_of

            convo = convo_id_of(message.remote_id)
            if convo:
                a.chat.update_read(convo, message_id_of(message.remote_id))
            return convo
        if kind == ActionKind.DETACH:
            ours = quoted_post_id(message)
            (api.reattach_quote if undo else api.detach_quote)(a, ours, message.remote_id)
            return ""
        raise _refuse(MSG_UNSUPPORTED, network="Bluesky")


class LoginMissing:
    def __init__(self, error: NeedsLogin) -> None:
        self.error = error

    def perform(self, action: Action, message: Message) -> str:
        raise self.error


def performer_for(channel: Channel, session: Any, secrets: Any):
    try:
        adapter = factory.build_adapter(channel, session, secrets)
    except NeedsLogin as exc:
        return LoginMissing(exc)
    if channel.kind == ChannelKind.MASTODON:
        return MastodonPerformer(adapter)
    return BlueskyPerformer(adapter)


def build_performers(db, secrets: Any, session: Any | None = None) -> dict[int, Any]:
    session = session or factory.new_session()
    return {
        ch.id: performer_for(ch, session, secrets)
        for ch in channel_store.list_channels(db)
        if ch.kind in SUPPORTED and ch.enabled
    }
