"""UTM tags on links in own replies and posts, added once when they are queued."""

from __future__ import annotations

from cmstation.compose.utm import tag_links
from cmstation.core.models import Author, Message, MessageState
from cmstation.core.profile import Profile
from cmstation.outbox import writing
from cmstation.storage import messages
from cmstation.storage import outbox as outbox_store
from cmstation.storage.profile import save_profile

TAGS = Profile(signoff="^Eva", utm_source="mastodon", utm_medium="social", utm_campaign="lente 26")


def test_links_get_the_profiles_tags():
    text = "Kijk op https://fiets.nl/winkel?id=3#open, of (https://fiets.nl). ^Eva"
    assert tag_links(text, TAGS) == (
        "Kijk op https://fiets.nl/winkel?id=3&utm_source=mastodon&utm_medium=social"
        "&utm_campaign=lente+26#open, of (https://fiets.nl?utm_source=mastodon"
        "&utm_medium=social&utm_campaign=lente+26). ^Eva"
    )


def test_untouched_without_tags_or_when_tagged_or_social():
    text = "https://fiets.nl/a"
    assert tag_links(text, Profile()) == text
    chosen = "https://fiets.nl/a?utm_source=nieuwsbrief"
    assert tag_links(chosen, TAGS) == chosen
    social = "https://bsky.app/profile/fiets.nl and https://www.linkedin.com/company/x"
    assert tag_links(social, TAGS) == social
    only_source = Profile(utm_source="bluesky")
    assert tag_links("http://fiets.nl/", only_source) == "http://fiets.nl/?utm_source=bluesky"


def test_queued_replies_and_posts_carry_the_tags(db, channel_id):
    save_profile(db, TAGS)
    (mid,) = messages.upsert_messages(
        db,
        [
            Message(
                channel_id=channel_id,
                remote_id="1",
                text="Waar vind ik de openingstijden?",
                created_at=1_790_000_000,
                state=MessageState.NEEDS_REPLY,
                author=Author(remote_id="a", handle="anna@m.nl"),
            )
        ],
    ).ids
    reply = writing.queue_reply(db, mid, "Hoi Anna, hier: https://fiets.nl/open ^Eva", force=True)
    post = writing.queue_post(db, channel_id, "Nieuw: https://fiets.nl/lente ^Eva", force=True)
    texts = [outbox_store.get(db, i).text for i in (reply.outbox_id, post.outbox_id)]
    assert texts == [
        "Hoi Anna, hier: https://fiets.nl/open?utm_source=mastodon&utm_medium=social"
        "&utm_campaign=lente+26 ^Eva",
        "Nieuw: https://fiets.nl/lente?utm_source=mastodon&utm_medium=social"
        "&utm_campaign=lente+26 ^Eva",
    ]
