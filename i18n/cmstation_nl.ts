<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>Actions</name>
    <message>
        <location filename="../cmstation/core/actions.py" line="60"/>
        <source>you liked this</source>
        <extracomment>Which actions each network can do. Mastodon has no way to hide a reply. Actions that are taken back by an undo action (a report cannot be taken back). Done by cmstation itself, never offered in a menu. Actions about the author, not the post. Report reasons (the network&apos;s own categories are mapped from these).</extracomment>
        <translation>je vond dit leuk</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="61"/>
        <source>you boosted this</source>
        <translation>je hebt dit geboost</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="62"/>
        <source>you muted {handle}</source>
        <translation>je hebt {handle} gedempt</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="63"/>
        <source>you blocked {handle}</source>
        <translation>je hebt {handle} geblokkeerd</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="64"/>
        <source>you reported this</source>
        <translation>je hebt dit gemeld</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="65"/>
        <source>you hid this reply</source>
        <translation>je hebt deze reactie verborgen</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="66"/>
        <source>you detached this quote from your post</source>
        <translation>je hebt deze quote van je bericht losgemaakt</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="67"/>
        <source>you read this</source>
        <translation>je hebt dit gelezen</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="70"/>
        <source>you took back your like</source>
        <translation>je hebt je like ingetrokken</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="71"/>
        <source>you took back your boost</source>
        <translation>je hebt je boost ingetrokken</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="72"/>
        <source>you unmuted {handle}</source>
        <translation>je dempt {handle} niet meer</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="73"/>
        <source>you unblocked {handle}</source>
        <translation>je blokkeert {handle} niet meer</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="74"/>
        <source>you showed this reply again</source>
        <translation>je toont deze reactie weer</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="75"/>
        <source>you allowed this quote again</source>
        <translation>je staat deze quote weer toe</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="77"/>
        <source>{what} (waiting to be sent)</source>
        <translation>{what} (wacht om verstuurd te worden)</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="78"/>
        <source>{what} (held: {reason})</source>
        <translation>{what} (tegengehouden: {reason})</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="82"/>
        <source>Like</source>
        <extracomment>The verbs, for menus and the command line.</extracomment>
        <translation>Leuk vinden</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="83"/>
        <source>Boost</source>
        <translation>Boosten</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="84"/>
        <source>Mute the author</source>
        <translation>Auteur dempen</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="85"/>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="225"/>
        <source>Block the author</source>
        <translation>Auteur blokkeren</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="86"/>
        <source>Report…</source>
        <translation>Melden…</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="87"/>
        <source>Hide this reply</source>
        <translation>Deze reactie verbergen</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="88"/>
        <source>Detach this quote</source>
        <translation>Deze quote losmaken</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="89"/>
        <source>Mark read</source>
        <translation>Als gelezen markeren</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="92"/>
        <source>Take back the like</source>
        <translation>Like intrekken</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="93"/>
        <source>Take back the boost</source>
        <translation>Boost intrekken</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="94"/>
        <source>Unmute the author</source>
        <translation>Auteur niet meer dempen</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="95"/>
        <source>Unblock the author</source>
        <translation>Auteur niet meer blokkeren</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="96"/>
        <source>Show this reply again</source>
        <translation>Deze reactie weer tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/core/actions.py" line="97"/>
        <source>Allow this quote again</source>
        <translation>Deze quote weer toestaan</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/action_performers.py" line="15"/>
        <source>{network} cannot do this</source>
        <translation>{network} kan dit niet</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/action_performers.py" line="16"/>
        <source>the author of this message is not known</source>
        <translation>de auteur van dit bericht is niet bekend</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/action_performers.py" line="17"/>
        <source>this only works on replies to and quotes of your own posts</source>
        <translation>dit kan alleen bij reacties op en quotes van je eigen berichten</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/actions_worker.py" line="26"/>
        <source>an earlier attempt to send this report was cut off and may have arrived; release it to send it again</source>
        <translation>een eerdere poging om deze melding te versturen werd afgebroken en is misschien aangekomen; geef hem vrij om hem opnieuw te versturen</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/actions_worker.py" line="31"/>
        <source>rate limited; will try again at {time}</source>
        <translation>te veel verzoeken; nieuwe poging om {time}</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/actions_worker.py" line="32"/>
        <source>offline; will try again at {time}</source>
        <translation>offline; nieuwe poging om {time}</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/actions_worker.py" line="33"/>
        <source>log in to this channel again ({detail})</source>
        <translation>log opnieuw in op dit kanaal ({detail})</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/actions_worker.py" line="34"/>
        <source>the network refused it: {detail}</source>
        <translation>het netwerk weigerde het: {detail}</translation>
    </message>
    <message>
        <source>this channel cannot do that</source>
        <translation type="vanished">dit kanaal kan dat niet</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/reactions.py" line="30"/>
        <source>There is no message {id} in this workspace.</source>
        <translation>Er is geen bericht {id} in deze werkruimte.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/reactions.py" line="31"/>
        <source>{network} cannot do that.</source>
        <translation>{network} kan dat niet.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/reactions.py" line="32"/>
        <source>This message came in by hand or from a feed: react to it where it was posted.</source>
        <translation>Dit bericht kwam met de hand of uit een feed binnen: reageer erop waar het geplaatst is.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/reactions.py" line="35"/>
        <source>That is your own post.</source>
        <translation>Dat is je eigen bericht.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/reactions.py" line="36"/>
        <source>Only replies under a post of your own can be hidden.</source>
        <translation>Alleen reacties onder een eigen bericht kun je verbergen.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/reactions.py" line="39"/>
        <source>Only quotes of a post of your own can be detached.</source>
        <translation>Alleen quotes van een eigen bericht kun je losmaken.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/reactions.py" line="42"/>
        <source>A report cannot be taken back.</source>
        <translation>Een melding kun je niet intrekken.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/reactions.py" line="43"/>
        <source>Unknown reason {reason}; use one of {choices}.</source>
        <translation>Onbekende reden {reason}; gebruik een van {choices}.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/reactions.py" line="44"/>
        <source>A private message cannot be liked or boosted.</source>
        <translation>Een privébericht kun je niet leuk vinden of boosten.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="198"/>
        <source>Spam</source>
        <translation>Spam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="199"/>
        <source>Abuse or harassment</source>
        <translation>Misbruik of intimidatie</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="200"/>
        <source>Breaks the server&apos;s rules</source>
        <translation>Overtreedt de regels van de server</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="201"/>
        <source>Something else</source>
        <translation>Iets anders</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="206"/>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="217"/>
        <source>Report this post</source>
        <translation>Dit bericht melden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="207"/>
        <source>Why do you report it?</source>
        <translation>Waarom meld je het?</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="218"/>
        <source>A note for the moderators (optional):</source>
        <translation>Een toelichting voor de moderators (optioneel):</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="226"/>
        <source>Block this account? They can no longer see or answer your posts. Most complaints deserve an answer instead; blocking is for abuse.</source>
        <translation>Dit account blokkeren? Het kan je berichten dan niet meer zien of beantwoorden. De meeste klachten verdienen juist een antwoord; blokkeren is voor misbruik.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../cmstation/ui/shell/app.py" line="171"/>
        <source>The sample workspace could not be opened</source>
        <translation>De voorbeeldwerkruimte kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/app.py" line="208"/>
        <source>The sample workspace is made up: it does not listen to real networks.</source>
        <translation>De voorbeeldwerkruimte is verzonnen: hij luistert niet naar echte netwerken.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/app.py" line="215"/>
        <source>sample workspace (a temporary copy)</source>
        <translation>voorbeeldwerkruimte (een tijdelijke kopie)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/app.py" line="193"/>
        <location filename="../cmstation/ui/shell/app.py" line="296"/>
        <source>cmstation cannot open the workspace</source>
        <translation>cmstation kan de werkruimte niet openen</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <location filename="../cmstation/cli/lang.py" line="21"/>
        <source>usage: </source>
        <translation>gebruik: </translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="22"/>
        <source>positional arguments</source>
        <translation>positionele argumenten</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="23"/>
        <source>options</source>
        <translation>opties</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="24"/>
        <source>show this help message and exit</source>
        <translation>toon deze hulptekst en stop</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="25"/>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ongeldige keuze: %(value)r (kies uit %(choices)s)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="26"/>
        <source>the following arguments are required: %s</source>
        <translation>deze argumenten zijn verplicht: %s</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="27"/>
        <source>unrecognized arguments: %s</source>
        <translation>onbekende argumenten: %s</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="28"/>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ongeldige %(type)s-waarde: %(value)r</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="29"/>
        <source>expected one argument</source>
        <translation>verwacht één argument</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="30"/>
        <source>expected at most one argument</source>
        <translation>verwacht hoogstens één argument</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="31"/>
        <source>expected at least one argument</source>
        <translation>verwacht minstens één argument</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="32"/>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="33"/>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>dubbelzinnige optie: %(option)s kan passen bij %(matches)s</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="34"/>
        <source>not allowed with argument %s</source>
        <translation>niet toegestaan samen met argument %s</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="35"/>
        <source>one of the arguments %s is required</source>
        <translation>een van de argumenten %s is verplicht</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="36"/>
        <source>ignored explicit argument %r</source>
        <translation>genegeerd expliciet argument %r</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/lang.py" line="37"/>
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>onbekende opdracht %(parser_name)r (keuzes: %(choices)s)</translation>
    </message>
</context>
<context>
    <name>AuthorPanel</name>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="97"/>
        <source>VIP (their messages come first)</source>
        <extracomment>marks of the mood row</extracomment>
        <translation>VIP (hun berichten komen eerst)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="109"/>
        <source>A private note about them (never sent)</source>
        <translation>Een privénotitie over deze persoon (wordt nooit verstuurd)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="120"/>
        <source>Who is this</source>
        <translation>Wie is dit</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="123"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="125"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="128"/>
        <source>Mood per month</source>
        <translation>Stemming per maand</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="132"/>
        <source>Their messages</source>
        <translation>Hun berichten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="136"/>
        <source>Our replies</source>
        <translation>Onze antwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="170"/>
        <source>No author known</source>
        <translation>Geen auteur bekend</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="188"/>
        <source>followers not known</source>
        <translation>aantal volgers onbekend</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="194"/>
        <source>since {day}</source>
        <translation>sinds {day}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="200"/>
        <source>Ambassador: speaks well of you, often</source>
        <translation>Ambassadeur: is vaak positief over je</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="217"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="223"/>
        <source>No replies from you yet.</source>
        <translation>Nog geen antwoorden van jou.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="242"/>
        <source>and %n more</source>
        <extracomment>label name -&gt; colour (the window fills it from the labels it knows)</extracomment>
        <translation>en nog %n</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="262"/>
        <source>{who} is a VIP now.</source>
        <translation>{who} is nu een VIP.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="264"/>
        <source>{who} is no longer a VIP.</source>
        <translation>{who} is geen VIP meer.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/author_panel.py" line="293"/>
        <source>Note saved.</source>
        <translation>Notitie bewaard.</translation>
    </message>
</context>
<context>
    <name>Authors</name>
    <message>
        <source>Give the person&apos;s handle, e.g. @anna@mastodon.nl.</source>
        <translation type="vanished">Geef de handle van de persoon, bijv. @anna@mastodon.nl.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="59"/>
        <source>Undone: %n change(s) taken back.</source>
        <extracomment>work(db, ids, on_progress) -&gt; the change results (each with its undo token)</extracomment>
        <translation>Ongedaan: %n wijziging(en) teruggedraaid.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="162"/>
        <source>%n message(s) selected</source>
        <extracomment>the name of the thread the last bulk action&apos;s work ran on (for tests)</extracomment>
        <translation>%n bericht(en) geselecteerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="185"/>
        <source>Select all %n matching</source>
        <translation>Alle %n treffers selecteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="232"/>
        <source>%v of %m</source>
        <comment>progress of a bulk action</comment>
        <translation>%v van %m</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="238"/>
        <source>Working on %n message(s)…</source>
        <translation>Bezig met %n bericht(en)…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="253"/>
        <source>%n message(s) marked done. Ctrl+Z undoes.</source>
        <translation>%n bericht(en) als klaar gemarkeerd. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="257"/>
        <source>%n message(s) ignored. Ctrl+Z undoes.</source>
        <translation>%n bericht(en) genegeerd. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="261"/>
        <source>%n message(s) marked as spam. Ctrl+Z undoes.</source>
        <translation>%n bericht(en) als spam gemarkeerd. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="264"/>
        <source>%n message(s) changed. Ctrl+Z undoes.</source>
        <translation>%n bericht(en) gewijzigd. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="283"/>
        <source>Labels changed on %n message(s). Ctrl+Z undoes.</source>
        <translation>Labels gewijzigd bij %n bericht(en). Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="305"/>
        <source>%n message(s) back from snooze.</source>
        <translation>
            <numerusform>%n bericht terug uit de snooze.</numerusform>
            <numerusform>%n berichten terug uit de snooze.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="318"/>
        <source>%n message(s) snoozed. Ctrl+Z undoes.</source>
        <translation>%n bericht(en) gesnoozed. Ctrl+Z maakt ongedaan.</translation>
    </message>
</context>
<context>
    <name>ChannelDialog</name>
    <message>
        <location filename="../cmstation/ui/listening/channel_support.py" line="32"/>
        <source>Something unexpected went wrong ({kind}). Nothing was added.</source>
        <translation>Er ging onverwacht iets mis ({kind}). Er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="85"/>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="105"/>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="225"/>
        <source>Set up a channel</source>
        <extracomment>``open_secrets(allow_session_only) -&gt; SecretStore``; raises NoSecureBackend.
----------
the stored Channel to log in to again (after &quot;needs login&quot;), or None</extracomment>
        <translation>Een kanaal instellen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="156"/>
        <source>Back</source>
        <translation>Terug</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="160"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="163"/>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="271"/>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="73"/>
        <source>Reading your channels…</source>
        <translation>Je kanalen worden gelezen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="82"/>
        <source>Where do people talk about you? Pick one network.</source>
        <translation>Waar praten mensen over je? Kies één netwerk.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="92"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="93"/>
        <source>Mentions, replies and hashtags of your account; you log in once.</source>
        <translation>Vermeldingen, antwoorden en hashtags van je account; je logt één keer in.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="100"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="101"/>
        <source>Mentions, replies and quotes; you log in with an app password.</source>
        <translation>Vermeldingen, antwoorden en citaten; je logt in met een app-wachtwoord.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="108"/>
        <source>A feed (RSS or Atom)</source>
        <translation>Een feed (RSS of Atom)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="109"/>
        <source>A blog, a forum or a news alert. cmstation only listens here.</source>
        <translation>Een blog, een forum of een nieuwsalert. cmstation luistert hier alleen.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="115"/>
        <source>By hand</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="116"/>
        <source>For LinkedIn, Instagram, X, Facebook or e-mail: paste or drop what you find and answer it from cmstation&apos;s inbox.</source>
        <translation>Voor LinkedIn, Instagram, X, Facebook of e-mail: plak of sleep wat je vindt en beantwoord het vanuit de inbox van cmstation.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="138"/>
        <source>Type your Mastodon server. cmstation registers itself there and opens the login page in your browser. Log in, allow cmstation, and paste the code the page shows.</source>
        <translation>Typ je Mastodon-server. cmstation meldt zich daar aan en opent de inlogpagina in je browser. Log in, geef cmstation toestemming en plak de code die de pagina toont.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="151"/>
        <source>1. Your server</source>
        <translation>1. Je server</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="154"/>
        <source>Open the login page</source>
        <translation>Open de inlogpagina</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="168"/>
        <source>Paste the code from the browser</source>
        <translation>Plak de code uit de browser</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="171"/>
        <source>2. The code</source>
        <translation>2. De code</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="177"/>
        <source>Use an app password, not your main password. Create one in Bluesky under Settings › Privacy and security › App passwords; you can revoke it there at any time.</source>
        <translation>Gebruik een app-wachtwoord, niet je gewone wachtwoord. Maak er een aan in Bluesky onder Instellingen › Privacy en beveiliging › App-wachtwoorden; daar kun je het altijd weer intrekken.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="186"/>
        <source>Handle</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="189"/>
        <source>App password</source>
        <translation>App-wachtwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="194"/>
        <source>Change this only when your account lives on another server.</source>
        <translation>Wijzig dit alleen als je account op een andere server staat.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="198"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="204"/>
        <source>Paste the address of an RSS or Atom feed. cmstation fetches it once now to check that it is a feed.</source>
        <translation>Plak het adres van een RSS- of Atom-feed. cmstation haalt hem nu één keer op om te controleren dat het een feed is.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="212"/>
        <source>Feed address</source>
        <translation>Adres van de feed</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="218"/>
        <source>Nothing to log in to. Add items with Ctrl+Shift+N or by dropping a link or text onto the window; answer them in the network itself and mark them answered here.</source>
        <translation>Hier hoef je niet in te loggen. Voeg items toe met Ctrl+Shift+N of door een link of tekst op het venster te slepen; beantwoord ze in het netwerk zelf en markeer ze hier als beantwoord.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="235"/>
        <source>Optional: the name in the navigation</source>
        <translation>Optioneel: de naam in de navigatie</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="237"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="241"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="242"/>
        <source>Listen every</source>
        <translation>Luister elke</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_pages.py" line="266"/>
        <source>Keep it for this session only</source>
        <translation>Alleen voor deze sessie bewaren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="216"/>
        <source>Log in again to {name}</source>
        <translation>Opnieuw inloggen bij {name}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="224"/>
        <source>Another channel?</source>
        <translation>Nog een kanaal?</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="226"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="230"/>
        <source>Connect a Mastodon account</source>
        <translation>Een Mastodon-account koppelen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="231"/>
        <source>Connect a Bluesky account</source>
        <translation>Een Bluesky-account koppelen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="232"/>
        <source>Listen to a feed</source>
        <translation>Naar een feed luisteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="233"/>
        <source>Add items by hand</source>
        <translation>Items met de hand toevoegen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="275"/>
        <source>Add anyway</source>
        <translation>Toch toevoegen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="281"/>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="284"/>
        <source>Connect</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="287"/>
        <source>Check and add</source>
        <translation>Controleren en toevoegen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="290"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="293"/>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="297"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_dialog.py" line="384"/>
        <source>Opening the keyring…</source>
        <translation>De sleutelbos wordt geopend…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="33"/>
        <source>The login page is open in your browser. If it did not open, copy this address into the browser:
{url}</source>
        <translation>De inlogpagina staat open in je browser. Is hij niet geopend, kopieer dan dit adres naar de browser:
{url}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="48"/>
        <source>Registering cmstation with {server}…</source>
        <translation>cmstation wordt aangemeld bij {server}…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="64"/>
        <source>Checking the code…</source>
        <translation>De code wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="79"/>
        <source>Logging in to {server}…</source>
        <translation>Inloggen bij {server}…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="97"/>
        <source>Fetching the feed…</source>
        <translation>De feed wordt opgehaald…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="122"/>
        <source>{name} is set up. cmstation listens to it from now on.</source>
        <translation>{name} is ingesteld. cmstation luistert er vanaf nu naar.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="126"/>
        <source>{name} is set up. Add items with Ctrl+Shift+N or drop them onto the window.</source>
        <translation>{name} is ingesteld. Voeg items toe met Ctrl+Shift+N of sleep ze op het venster.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="131"/>
        <source>The login is kept for this session only: you will be asked to log in again after cmstation restarts.</source>
        <translation>De login wordt alleen voor deze sessie bewaard: na een herstart van cmstation moet je opnieuw inloggen.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="141"/>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="159"/>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_networks.py" line="151"/>
        <source>Logged in again. Listening on {name} resumes now.</source>
        <translation>Opnieuw ingelogd. cmstation luistert weer op {name}.</translation>
    </message>
</context>
<context>
    <name>ChannelSettingsDialog</name>
    <message>
        <location filename="../cmstation/ui/listening/channel_settings_dialog.py" line="43"/>
        <source>Channel settings</source>
        <extracomment>The spin box takes more than the allowed range so a typed value out of it gets a message instead of being silently corrected.</extracomment>
        <translation>Kanaalinstellingen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_settings_dialog.py" line="55"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_settings_dialog.py" line="61"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_settings_dialog.py" line="62"/>
        <source>Listen every</source>
        <translation>Luister elke</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_settings_dialog.py" line="64"/>
        <source>From {min} to {max} minutes.</source>
        <translation>Van {min} tot {max} minuten.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_settings_dialog.py" line="72"/>
        <source>Pause listening</source>
        <translation>Luisteren pauzeren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_settings_dialog.py" line="77"/>
        <source>A paused channel is not swept, not even with Sweep now. What it brought in stays in the inbox.</source>
        <translation>Op een gepauzeerd kanaal wordt niet geluisterd, ook niet met Nu luisteren. Wat het al binnenhaalde, blijft in de inbox.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_settings_dialog.py" line="89"/>
        <source>Items of this channel are added by hand, so it is never swept.</source>
        <translation>Items van dit kanaal voeg je met de hand toe, dus er wordt nooit op geluisterd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_settings_dialog.py" line="104"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_settings_dialog.py" line="104"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
</context>
<context>
    <name>ChannelSetup</name>
    <message>
        <location filename="../cmstation/listening/channel_setup.py" line="34"/>
        <source>This workspace already has {count} channels, the most cmstation allows ({max}). Remove one before adding another.</source>
        <translation>Deze werkruimte heeft al {count} kanalen, het maximum dat cmstation toestaat ({max}). Verwijder er een voordat je een nieuwe toevoegt.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/channel_setup.py" line="38"/>
        <source>Master the channel you have before adding another: {reasons}. You can add it anyway by giving a reason.</source>
        <translation>Beheers eerst je huidige kanaal voordat je er een toevoegt: {reasons}. Met een reden kun je het toch toevoegen.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/channel_setup.py" line="42"/>
        <source>Sweep every {minutes} minutes is outside the allowed range ({min} to {max} minutes).</source>
        <translation>Elke {minutes} minuten luisteren valt buiten het toegestane bereik ({min} tot {max} minuten).</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/channel_setup.py" line="46"/>
        <source>{url} is not a web address cmstation can use.</source>
        <translation>{url} is geen webadres dat cmstation kan gebruiken.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/channel_setup.py" line="47"/>
        <source>{url} must use https:// (plain http:// is only allowed for this computer itself).</source>
        <translation>{url} moet https:// gebruiken (gewoon http:// mag alleen voor deze computer zelf).</translation>
    </message>
</context>
<context>
    <name>ChannelStatus</name>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="77"/>
        <source>Last sweep at {time}: {new} new, {updated} updated.</source>
        <extracomment>Not a channel status: another sweep of this channel is running. Worst first: the status a sweep with several sources reports. Offline back-off: 2, 4, 8, ... minutes, at most an hour. When a server says &quot;slow down&quot; without saying until when.</extracomment>
        <translation>Laatste ronde om {time}: {new} nieuw, {updated} bijgewerkt.</translation>
    </message>
    <message>
        <source>The network no longer accepts the saved login. Log in again to keep listening.</source>
        <translation type="vanished">Het netwerk accepteert de bewaarde login niet meer. Log opnieuw in om te blijven luisteren.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="78"/>
        <source>The network no longer accepts the saved login. Listening on this channel is paused until you log in again (right-click the channel: Log in again…).</source>
        <translation>Het netwerk accepteert de bewaarde login niet meer. Luisteren op dit kanaal staat stil tot je opnieuw inlogt (klik met rechts op het kanaal: Opnieuw inloggen…).</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="83"/>
        <source>The network asked cmstation to slow down. Listening resumes at {time}.</source>
        <translation>Het netwerk vroeg cmstation het rustiger aan te doen. Het luisteren gaat verder om {time}.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="86"/>
        <source>Still rate limited: the network is not asked again before {time}.</source>
        <translation>Nog steeds afgeremd: het netwerk krijgt pas om {time} een nieuw verzoek.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="89"/>
        <source>Could not reach the server ({reason}). cmstation tries again at {time}.</source>
        <translation>De server was niet bereikbaar ({reason}). cmstation probeert het opnieuw om {time}.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="92"/>
        <source>Skipped because they were malformed: {skipped} items. The rest ({new} new) were stored.</source>
        <translation>Overgeslagen omdat ze ongeldig waren: {skipped} items. De rest ({new} nieuw) is bewaard.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="96"/>
        <source>The server sent an answer cmstation cannot read ({reason}); what could be read was stored.</source>
        <translation>De server stuurde een antwoord dat cmstation niet kan lezen ({reason}); wat leesbaar was, is bewaard.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="100"/>
        <source>The server refused the request: {reason}</source>
        <translation>De server weigerde het verzoek: {reason}</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="101"/>
        <source>A sweep of this channel is already running.</source>
        <translation>Er loopt al een ronde voor dit kanaal.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="102"/>
        <source>Sweeping {channel}: {source} ({index} of {total})</source>
        <translation>Ronde langs {channel}: {source} ({index} van {total})</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="105"/>
        <source>mentions</source>
        <translation>vermeldingen</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/sweep.py" line="106"/>
        <source>Something unexpected went wrong while reading {source}; the rest of the sweep went on. The details are in the log.</source>
        <translation>Er ging iets onverwachts mis bij het lezen van {source}; de rest van de ronde ging door. De details staan in het logbestand.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/channel_flows.py" line="213"/>
        <source>Logged in again at {time}. Listening resumes with the next sweep.</source>
        <translation>Om {time} opnieuw ingelogd. Het luisteren gaat verder bij de volgende ronde.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../cmstation/cli/__init__.py" line="47"/>
        <source>{prog}: error: {message}
</source>
        <extracomment>Sub-command modules, in the order --help lists them.</extracomment>
        <translation>{prog}: fout: {message}
</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/__init__.py" line="70"/>
        <source>A desktop workstation for the community manager. Without a command it opens the window.</source>
        <extracomment>Commands that must start fast import only their own module (see _only_module).</extracomment>
        <translation>Een werkplek voor de communitymanager. Zonder opdracht opent het venster.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/__init__.py" line="81"/>
        <source>show program&apos;s version number and exit</source>
        <translation>toon het versienummer en stop</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/__init__.py" line="87"/>
        <source>workspace folder (default: the user data dir, or $CMSTATION_HOME)</source>
        <translation>map van de werkruimte (standaard: de gebruikersdatamap, of $CMSTATION_HOME)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/__init__.py" line="95"/>
        <source>open a temporary copy of the sample workspace</source>
        <translation>open een tijdelijke kopie van de voorbeeldwerkruimte</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/__init__.py" line="101"/>
        <source>interface language (en, nl; default: from LANGUAGE, LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>taal van de interface (en, nl; standaard: uit LANGUAGE, LC_ALL, LC_MESSAGES of LANG)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/__init__.py" line="116"/>
        <source>The sample workspace is made up: &apos;{command}&apos; would reach real networks, so it does not run with --demo (try &apos;cmstation --demo inbox&apos; or &apos;cmstation --demo channel list&apos;).</source>
        <translation>De voorbeeldwerkruimte is verzonnen: &apos;{command}&apos; zou echte netwerken benaderen en draait daarom niet met --demo (probeer &apos;cmstation --demo inbox&apos; of &apos;cmstation --demo channel list&apos;).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/__init__.py" line="143"/>
        <source>Unknown language {lang!r} for --lang: cmstation speaks {known}.</source>
        <translation>Onbekende taal {lang!r} voor --lang: cmstation spreekt {known}.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/args.py" line="16"/>
        <source>not a whole number: {value!r}</source>
        <translation>geen heel getal: {value!r}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/args.py" line="20"/>
        <source>must be at least 1: {n}</source>
        <translation>moet minstens 1 zijn: {n}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="36"/>
        <source>No secure keyring is available, so the login cannot be stored and nothing was added. Run this inside a desktop session with a keyring (GNOME Keyring, KWallet, macOS Keychain, Windows Credential Locker), or add the channel in the window, where you can keep the login for that session only.</source>
        <translation>Er is geen beveiligde sleutelbos, dus de login kan niet bewaard worden en er is niets toegevoegd. Voer dit uit in een bureaubladsessie met een sleutelbos (GNOME Keyring, KWallet, macOS-sleutelhanger, Windows Credential Locker), of voeg het kanaal toe in het venster, waar je de login alleen voor die sessie kunt bewaren.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="47"/>
        <source>add, list and remove channels</source>
        <translation>kanalen toevoegen, tonen en verwijderen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="52"/>
        <source>add a channel (one at first; at most three)</source>
        <translation>een kanaal toevoegen (eerst één; hoogstens drie)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="57"/>
        <source>the name shown in the navigation</source>
        <translation>de naam in de navigatie</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="64"/>
        <source>listen every M minutes (5 to 240; default 15)</source>
        <translation>luister elke M minuten (5 tot 240; standaard 15)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="70"/>
        <source>add it although the existing channels are not yet under control; the reason is recorded in the event log</source>
        <translation>voeg het toe, ook al heb je de bestaande kanalen nog niet onder controle; de reden komt in het gebeurtenissenlog</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="81"/>
        <source>a Mastodon account (OAuth)</source>
        <translation>een Mastodon-account (OAuth)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="87"/>
        <source>e.g. mastodon.social</source>
        <translation>bijv. mastodon.social</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="93"/>
        <source>read an existing access token from stdin instead of logging in</source>
        <translation>lees een bestaand toegangstoken van stdin in plaats van in te loggen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="103"/>
        <source>a Bluesky account (app password read from stdin)</source>
        <translation>een Bluesky-account (app-wachtwoord van stdin)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="109"/>
        <source>e.g. fietsen.bsky.social</source>
        <translation>bijv. fietsen.bsky.social</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="116"/>
        <source>the account&apos;s server (default {pds})</source>
        <translation>de server van het account (standaard {pds})</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="125"/>
        <source>an RSS or Atom feed (listen-only)</source>
        <translation>een RSS- of Atom-feed (alleen luisteren)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="133"/>
        <source>items added by hand (LinkedIn, Instagram, e-mail...)</source>
        <translation>berichten die je met de hand toevoegt (LinkedIn, Instagram, e-mail...)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="139"/>
        <source>the channels with their status and mastery figures</source>
        <translation>de kanalen met hun status en beheersingscijfers</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="141"/>
        <location filename="../cmstation/cli/channel.py" line="147"/>
        <location filename="../cmstation/cli/labels.py" line="35"/>
        <location filename="../cmstation/cli/people.py" line="43"/>
        <location filename="../cmstation/cli/people.py" line="61"/>
        <location filename="../cmstation/cli/report.py" line="38"/>
        <location filename="../cmstation/cli/rules.py" line="40"/>
        <location filename="../cmstation/cli/rules.py" line="56"/>
        <location filename="../cmstation/cli/snooze.py" line="56"/>
        <source>as JSON</source>
        <translation>als JSON</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="145"/>
        <source>may another channel be added? (the figures)</source>
        <translation>mag er nog een kanaal bij? (de cijfers)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="151"/>
        <source>remove a channel, its messages and its login</source>
        <translation>een kanaal verwijderen, met zijn berichten en login</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="177"/>
        <source>No channels yet: the first one can be added.</source>
        <translation>Nog geen kanalen: het eerste mag erbij.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="183"/>
        <source>The existing channels over the last {days} days:</source>
        <translation>De bestaande kanalen over de laatste {days} dagen:</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="188"/>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="188"/>
        <source>not yet</source>
        <translation>nog niet</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="212"/>
        <source>Add --override-reason TEXT to add it anyway.</source>
        <translation>Geef --override-reason TEKST om het toch toe te voegen.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="241"/>
        <source>Added channel {id}: {name} ({kind})</source>
        <translation>Kanaal {id} toegevoegd: {name} ({kind})</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="263"/>
        <source>Access token: </source>
        <translation>Toegangstoken: </translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="266"/>
        <source>No access token was given; nothing was added.</source>
        <translation>Geen toegangstoken gegeven; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="274"/>
        <source>Open this address in a browser, log in and allow cmstation:</source>
        <translation>Open dit adres in een browser, log in en geef cmstation toegang:</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="280"/>
        <source>Then paste the code it shows: </source>
        <translation>Plak daarna de code die je ziet: </translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="282"/>
        <source>No code was given; nothing was added.</source>
        <translation>Geen code gegeven; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="297"/>
        <source>Use an app password (Bluesky: Settings &gt; Privacy and security &gt; App passwords), not your main password.</source>
        <translation>Gebruik een app-wachtwoord (Bluesky: Instellingen &gt; Privacy en beveiliging &gt; App-wachtwoorden), niet je hoofdwachtwoord.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="305"/>
        <source>App password: </source>
        <translation>App-wachtwoord: </translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="307"/>
        <source>No app password was given; nothing was added.</source>
        <translation>Geen app-wachtwoord gegeven; er is niets toegevoegd.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="382"/>
        <source>No channels yet. Add one: cmstation channel add mastodon|bluesky|feed|manual</source>
        <translation>Nog geen kanalen. Voeg er een toe: cmstation channel add mastodon|bluesky|feed|manual</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="393"/>
        <source>{hours} h</source>
        <translation>{hours} u</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="398"/>
        <source>not swept yet</source>
        <translation>nog geen ronde gedaan</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="402"/>
        <source>status: {status}  {detail}</source>
        <translation>status: {status}  {detail}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="410"/>
        <source>last {days} days: handled {share} of {needed}, median first response {median}, waiting &gt; 48 h: {overdue}</source>
        <translation>laatste {days} dagen: {share} van {needed} afgehandeld, mediaan eerste reactie {median}, wacht &gt; 48 u: {overdue}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="441"/>
        <source>This workspace has {count} channels, the most allowed.</source>
        <translation>Deze werkruimte heeft {count} kanalen, het maximum.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="447"/>
        <source>Another channel may be added.</source>
        <translation>Er mag nog een kanaal bij.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="451"/>
        <source>Not yet: master the channels you have first (or give --override-reason).</source>
        <translation>Nog niet: krijg eerst je huidige kanalen onder controle (of geef --override-reason).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/common.py" line="21"/>
        <source>There is no channel {id} (see: cmstation channel list).</source>
        <translation>Er is geen kanaal {id} (zie: cmstation channel list).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="469"/>
        <source>No secure keyring is available: there is no stored login to remove.</source>
        <translation>Er is geen beveiligde sleutelbos: er is geen bewaarde login om te verwijderen.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/channel.py" line="476"/>
        <source>Removed channel {id}: {name}</source>
        <translation>Kanaal {id} verwijderd: {name}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/common.py" line="18"/>
        <source>No workspace at {path}. Start cmstation once, or pass --data-dir DIR.</source>
        <translation>Geen werkruimte in {path}. Start cmstation één keer, of geef --data-dir MAP.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/inbox.py" line="25"/>
        <source>list messages in the inbox</source>
        <extracomment>Triage&apos;s priority by name, as the window&apos;s list shows it (core.models.Priority).</extracomment>
        <translation>berichten in de inbox tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/inbox.py" line="29"/>
        <source>only this state</source>
        <translation>alleen deze status</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/inbox.py" line="35"/>
        <source>only this channel: its id, its name or its kind (mastodon, bluesky, feed)</source>
        <translation>alleen dit kanaal: het nummer, de naam of de soort (mastodon, bluesky, feed)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/inbox.py" line="41"/>
        <source>full-text search</source>
        <translation>zoeken in de volledige tekst</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/inbox.py" line="48"/>
        <source>at most N (default 50)</source>
        <translation>hoogstens N (standaard 50)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/inbox.py" line="53"/>
        <source>one JSON object per message, as a list</source>
        <translation>één JSON-object per bericht, als lijst</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/inbox.py" line="122"/>
        <source>none yet</source>
        <translation>nog geen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/inbox.py" line="130"/>
        <source>No channel {wanted!r}. Channels: {listing}.</source>
        <translation>Geen kanaal {wanted!r}. Kanalen: {listing}.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/inbox.py" line="131"/>
        <source>{wanted!r} names more than one channel; use the id. Channels: {listing}.</source>
        <translation>{wanted!r} past bij meer dan één kanaal; gebruik het nummer. Kanalen: {listing}.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/listen.py" line="31"/>
        <source>sweep on schedule until interrupted (Ctrl+C)</source>
        <extracomment>How often the outbox is tried while listening (seconds).</extracomment>
        <translation>volgens schema rondes doen tot je onderbreekt (Ctrl+C)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/listen.py" line="38"/>
        <source>at most N pages per source and sweep (default 5)</source>
        <translation>hoogstens N pagina&apos;s per bron en ronde (standaard 5)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/listen.py" line="46"/>
        <source>try the outbox every S seconds (default 30; it also goes at the start)</source>
        <translation>de outbox elke S seconden proberen (standaard 30; ook meteen bij de start)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/listen.py" line="74"/>
        <source>outbox: could not send: {error}</source>
        <translation>postvak uit: versturen lukte niet: {error}</translation>
    </message>
    <message>
        <source>outbox: sent {sent}, held {held}, waiting {waiting}</source>
        <translation type="vanished">postvak uit: {sent} verstuurd, {held} tegengehouden, {waiting} wachtend</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/listen.py" line="82"/>
        <source>outbox: {counts}</source>
        <translation>postvak uit: {counts}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/listen.py" line="103"/>
        <source>{new} new</source>
        <translation>{new} nieuw</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/listen.py" line="118"/>
        <source>Listening; press Ctrl+C to stop.</source>
        <translation>Aan het luisteren; druk op Ctrl+C om te stoppen.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/listen.py" line="125"/>
        <source>No secure keyring: queued replies wait in the outbox until one is available.</source>
        <translation>Geen beveiligde sleutelbos: antwoorden in de wachtrij wachten in het postvak uit tot er een is.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/listen.py" line="145"/>
        <source>Stopped listening.</source>
        <translation>Gestopt met luisteren.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="28"/>
        <source>queued replies: list, send now, hold, release, cancel</source>
        <translation>antwoorden in de wachtrij: tonen, nu versturen, tegenhouden, vrijgeven, annuleren</translation>
    </message>
    <message>
        <source>list queued and recent replies</source>
        <translation type="vanished">antwoorden in de wachtrij en recente antwoorden tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="18"/>
        <source>Queued as outbox item {id}; it goes with the next send.</source>
        <translation>In de wachtrij als outbox-item {id}; het gaat mee met de volgende verzending.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="19"/>
        <source>Queued as outbox item {id}, to go at {time}.</source>
        <translation>In de wachtrij als outbox-item {id}, te versturen om {time}.</translation>
    </message>
    <message>
        <source>Not queued: {count} finding(s) say it cannot go out as it is. Fix them, or add --force.</source>
        <translation type="vanished">Niet in de wachtrij gezet: {count} bevinding(en) zeggen dat het zo niet weg kan. Los ze op, of voeg --force toe.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/cli/conversation.py" line="20"/>
        <source>Not queued: %n finding(s) say it cannot go out as it is. Fix them, or add --force.</source>
        <translation>
            <numerusform>Niet in de wachtrij: %n bevinding zegt dat het zo niet weg kan. Los die op, of voeg --force toe.</numerusform>
            <numerusform>Niet in de wachtrij: %n bevindingen zeggen dat het zo niet weg kan. Los ze op, of voeg --force toe.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="26"/>
        <source>{id}: {what}</source>
        <translation>{id}: {what}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="27"/>
        <source>{id}: the queued action was taken back before it was sent; nothing goes.</source>
        <translation>{id}: de actie in de wachtrij is ingetrokken voordat ze verstuurd werd; er gaat niets.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="30"/>
        <source>not a time: {value!r} (use HH:MM, or a date and time like 2026-12-03T09:30)</source>
        <translation>geen tijd: {value!r} (gebruik UU:MM, of een datum en tijd zoals 2026-12-03T09:30)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="33"/>
        <source>No private messages.</source>
        <translation>Geen privéberichten.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="35"/>
        <source>the text; &quot;-&quot; or nothing reads it from standard input</source>
        <translation>de tekst; &quot;-&quot; of niets leest hem van standaardinvoer</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="36"/>
        <source>send later: HH:MM (the next time it is that o&apos;clock) or a local date and time</source>
        <translation>later versturen: UU:MM (de eerstvolgende keer dat het zo laat is) of een lokale datum en tijd</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="39"/>
        <source>queue it even when a check finds an error</source>
        <translation>zet het ook in de wachtrij als een controle een fout vindt</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="61"/>
        <source>check and queue a reply to a message</source>
        <translation>een antwoord op een bericht controleren en in de wachtrij zetten</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="69"/>
        <source>as a private message to the author (a reply to a private one always is)</source>
        <translation>als privébericht aan de auteur (een antwoord op een privébericht is dat altijd)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="82"/>
        <source>check and queue a post of your own</source>
        <translation>een eigen bericht controleren en in de wachtrij zetten</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="87"/>
        <location filename="../cmstation/cli/requests.py" line="32"/>
        <source>the channel: its id, its name or its kind</source>
        <translation>het kanaal: zijn id, naam of soort</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="98"/>
        <source>like or boost a message (again: take it back)</source>
        <translation>een bericht leuk vinden of boosten (nog eens: intrekken)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="103"/>
        <location filename="../cmstation/cli/conversation.py" line="118"/>
        <source>take it back</source>
        <translation>intrekken</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="110"/>
        <source>mute or block the author, report the post, hide a reply, detach a quote</source>
        <translation>de auteur dempen of blokkeren, het bericht melden, een reactie verbergen, een quote losmaken</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="124"/>
        <source>why you report it (default: other)</source>
        <translation>waarom je het meldt (standaard: other)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="130"/>
        <source>a note for the moderators</source>
        <translation>een toelichting voor de moderators</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="134"/>
        <source>private messages</source>
        <translation>privéberichten</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="137"/>
        <source>list private conversations, newest first</source>
        <translation>privégesprekken tonen, nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/conversation.py" line="140"/>
        <location filename="../cmstation/cli/outbox.py" line="35"/>
        <location filename="../cmstation/cli/requests.py" line="39"/>
        <location filename="../cmstation/cli/search.py" line="54"/>
        <source>as a JSON list</source>
        <translation>als JSON-lijst</translation>
    </message>
    <message>
        <source>also sent and cancelled replies</source>
        <translation type="vanished">ook verstuurde en geannuleerde antwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="32"/>
        <source>list every reply in the outbox, with its state</source>
        <translation>elk antwoord in de wachtrij tonen, met de staat</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="43"/>
        <source>only replies in this state (queued, sending, sent, held, failed, cancelled; repeat for several)</source>
        <translation>alleen antwoorden in deze staat (queued, sending, sent, held, failed, cancelled; herhaal voor meer)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="54"/>
        <source>send what may go now (one pass), then print what happened</source>
        <translation>verstuur wat nu weg mag (één ronde) en laat zien wat er gebeurde</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="58"/>
        <source>keep a queued reply back</source>
        <translation>een antwoord in de wachtrij tegenhouden</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="59"/>
        <source>let a held reply go</source>
        <translation>een tegengehouden antwoord laten gaan</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="60"/>
        <source>never send this reply</source>
        <translation>dit antwoord nooit versturen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="67"/>
        <source>There is no reply {id} in the outbox (see: cmstation outbox list).</source>
        <translation>Er is geen antwoord {id} in het postvak uit (zie: cmstation outbox list).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="70"/>
        <source>Reply {id} is {state} and can no longer be cancelled.</source>
        <translation>Antwoord {id} is {state} en kan niet meer geannuleerd worden.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="94"/>
        <source>goes at {time}</source>
        <translation>gaat om {time}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="130"/>
        <source>The outbox is empty.</source>
        <translation>Het postvak uit is leeg.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/outbox.py" line="83"/>
        <source>sent {sent}, held {held}, waiting {waiting}</source>
        <translation>{sent} verstuurd, {held} tegengehouden, {waiting} wachtend</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="17"/>
        <source>saved searches a channel listens to</source>
        <translation>bewaarde zoekopdrachten waar een kanaal naar luistert</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="21"/>
        <source>listen to a keyword or #hashtag on a channel</source>
        <translation>luister op een kanaal naar een trefwoord of #hashtag</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="27"/>
        <source>keywords, or a hashtag such as &quot;#bakfiets&quot;</source>
        <translation>trefwoorden, of een hashtag zoals &quot;#bakfiets&quot;</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="34"/>
        <source>leave out hits containing any of these words</source>
        <translation>laat treffers weg met een van deze woorden</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="40"/>
        <source>only hits in this language (nl, en)</source>
        <translation>alleen treffers in deze taal (nl, en)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="44"/>
        <source>the name shown in the navigation (default: the query)</source>
        <translation>de naam in de navigatie (standaard: de zoekopdracht)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="49"/>
        <source>keep it as a filter only; sweeps do not poll it</source>
        <translation>alleen als filter bewaren; rondes vragen het niet op</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="52"/>
        <source>the saved searches</source>
        <translation>de bewaarde zoekopdrachten</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="57"/>
        <source>remove a saved search</source>
        <translation>een bewaarde zoekopdracht verwijderen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="68"/>
        <source>A {kind} channel cannot search the network; searches work on Mastodon and Bluesky channels.</source>
        <translation>Een {kind}-kanaal kan niet op het netwerk zoeken; zoeken werkt op Mastodon- en Bluesky-kanalen.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="79"/>
        <source>The search is empty.</source>
        <translation>De zoekopdracht is leeg.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="85"/>
        <source>{lang!r} is not a language code (use e.g. nl or en).</source>
        <translation>{lang!r} is geen taalcode (gebruik bijv. nl of en).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="102"/>
        <source>Added search {sid}: {query} on channel {id} ({name})</source>
        <translation>Zoekopdracht {sid} toegevoegd: {query} op kanaal {id} ({name})</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="132"/>
        <source>No saved searches. Add one: cmstation search add CHANNEL_ID QUERY</source>
        <translation>Geen bewaarde zoekopdrachten. Voeg er een toe: cmstation search add KANAAL_ID ZOEKOPDRACHT</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="141"/>
        <source>without {words}</source>
        <translation>zonder {words}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="143"/>
        <source>lang {lang}</source>
        <translation>taal {lang}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="145"/>
        <source>not listened to</source>
        <translation>er wordt niet naar geluisterd</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="147"/>
        <source>channel {id}</source>
        <translation>kanaal {id}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="155"/>
        <source>There is no saved search {id}.</source>
        <translation>Er is geen bewaarde zoekopdracht {id}.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/search.py" line="158"/>
        <source>Removed search {id}</source>
        <translation>Zoekopdracht {id} verwijderd</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/sweep.py" line="29"/>
        <source>listen now: fetch what is new on the channels</source>
        <translation>nu luisteren: haal op wat er nieuw is op de kanalen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/sweep.py" line="31"/>
        <source>Sweeps every enabled channel (or one) once and prints a summary. Exit status 0 when every channel swept fine, 3 when one reported trouble (its status says what).</source>
        <translation>Doet één ronde langs elk ingeschakeld kanaal (of één) en toont een samenvatting. Afsluitstatus 0 als elk kanaal goed ging, 3 als er een problemen meldde (de status zegt wat).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/sweep.py" line="40"/>
        <source>only this channel</source>
        <translation>alleen dit kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/sweep.py" line="47"/>
        <source>at most N pages per source (default 5)</source>
        <translation>hoogstens N pagina&apos;s per bron (standaard 5)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/sweep.py" line="50"/>
        <source>the summaries as JSON</source>
        <translation>de samenvattingen als JSON</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/sweep.py" line="64"/>
        <source>{new} new, {updated} updated, {skipped} skipped, {requests} requests</source>
        <translation>{new} nieuw, {updated} bijgewerkt, {skipped} overgeslagen, {requests} verzoeken</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/sweep.py" line="76"/>
        <source>note: {note}</source>
        <translation>let op: {note}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/sweep.py" line="96"/>
        <source>Nothing to sweep (manual channels are filled by hand).</source>
        <translation>Niets om langs te gaan (handmatige kanalen vul je met de hand).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="20"/>
        <source>The reply is checked as it will be posted, so the sign-off is expected in the text.
--signature, --register and the brand words / banned phrases come from the profile in
the workspace (--data-dir or $CMSTATION_HOME) when one exists and the option is not
given; without a workspace no sign-off is expected. --signature &quot;&quot; expects none.

Output: one line per finding, &quot;start-end severity category: message (suggestion)&quot;,
or with --json one object {&quot;lang&quot;, &quot;score&quot;, &quot;findings&quot;: [...]}.
Exit status: 0 when nothing reaches warning, 1 when something does, 2 for bad usage
or unreadable input.</source>
        <translation>Het antwoord wordt gecontroleerd zoals het geplaatst wordt, dus de ondertekening hoort in de tekst.
--signature, --register en de merkwoorden / verboden zinnen komen uit het profiel in
de werkruimte (--data-dir of $CMSTATION_HOME) als die bestaat en de optie niet gegeven is;
zonder werkruimte wordt geen ondertekening verwacht. --signature &quot;&quot; verwacht er geen.

Uitvoer: één regel per bevinding, &quot;begin-eind ernst categorie: melding (suggestie)&quot;,
of met --json één object {&quot;lang&quot;, &quot;score&quot;, &quot;findings&quot;: [...]}.
Afsluitstatus: 0 als niets een waarschuwing haalt, 1 als iets dat wel doet, 2 bij verkeerd
gebruik of onleesbare invoer.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="37"/>
        <source>check a reply for tone, jargon, length and more</source>
        <translation>controleer een antwoord op toon, jargon, lengte en meer</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="39"/>
        <source>Check a reply before posting it: corporate jargon, sales talk, shouting, hashtags, missing empathy or sign-off, register, length, links, passive voice, private data and canned answers.</source>
        <translation>Controleer een antwoord voordat je het plaatst: bedrijfsjargon, verkooppraat, schreeuwen, hashtags, ontbrekend begrip of ondertekening, aanspreekvorm, lengte, links, lijdende vorm, privégegevens en standaardantwoorden.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="50"/>
        <location filename="../cmstation/cli/conversation.py" line="77"/>
        <location filename="../cmstation/cli/conversation.py" line="93"/>
        <source>print one JSON object</source>
        <translation>print één JSON-object</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="57"/>
        <source>language of the reply (default: auto-detect)</source>
        <translation>taal van het antwoord (standaard: automatisch herkennen)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="64"/>
        <source>where it will be posted; sets the length limit and how it is counted (mastodon: 500 characters, links count 23; bluesky: 300 graphemes)</source>
        <translation>waar het geplaatst wordt; bepaalt de lengtegrens en hoe er geteld wordt (mastodon: 500 tekens, links tellen als 23; bluesky: 300 grafemen)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="76"/>
        <source>the channel&apos;s post limit, when the instance has its own</source>
        <translation>de berichtlimiet van het kanaal, als de server een eigen limiet heeft</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="83"/>
        <source>the sign-off expected in the text, e.g. ^Eva (default: the profile&apos;s)</source>
        <translation>de ondertekening die in de tekst hoort, bijv. ^Eva (standaard: die uit het profiel)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="92"/>
        <source>the Dutch register the brand uses (default: the profile&apos;s)</source>
        <translation>de Nederlandse aanspreekvorm van het merk (standaard: die uit het profiel)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="100"/>
        <source>the message being answered (its sentiment decides no_empathy)</source>
        <translation>het bericht dat je beantwoordt (het sentiment ervan bepaalt no_empathy)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="109"/>
        <source>the reply; &quot;-&quot; or nothing reads it from standard input</source>
        <translation>het antwoord; met &quot;-&quot; of niets wordt het van standaardinvoer gelezen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="120"/>
        <source>cmstation check: error: {message}</source>
        <translation>cmstation check: fout: {message}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="131"/>
        <source>give the reply as an argument, or &quot;-&quot; to read it from standard input</source>
        <translation>geef het antwoord als argument, of &quot;-&quot; om het van standaardinvoer te lezen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="141"/>
        <source>cannot read the reply from standard input: {error}</source>
        <translation>kan het antwoord niet van standaardinvoer lezen: {error}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="149"/>
        <source>the reply on standard input is not UTF-8 text</source>
        <translation>het antwoord op standaardinvoer is geen UTF-8-tekst</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/check.py" line="171"/>
        <source>the reply is empty</source>
        <translation>het antwoord is leeg</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/mark.py" line="24"/>
        <location filename="../cmstation/cli/snooze.py" line="27"/>
        <source>There is no message {id} (see: cmstation inbox).</source>
        <translation>Er is geen bericht {id} (zie: cmstation inbox).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/mark.py" line="30"/>
        <source>mark messages done, ignored, spam or needs_reply</source>
        <translation>berichten markeren als afgehandeld (done), genegeerd (ignored), spam of wacht op antwoord (needs_reply)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="28"/>
        <source>Message {id} ({kind}, {lang}): {text}</source>
        <translation>Bericht {id} ({kind}, {lang}): {text}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="29"/>
        <source>Machine: {rank}, mood {mood} ({score}); {reply}</source>
        <translation>Machine: {rank}, stemming {mood} ({score}); {reply}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="30"/>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="31"/>
        <source>  - {cue}: {words}</source>
        <translation>  - {cue}: {words}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="32"/>
        <source>  - nothing stood out</source>
        <translation>  - niets viel op</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="33"/>
        <source>Your correction: none</source>
        <translation>Uw correctie: geen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="34"/>
        <source>Your correction: {what} (at {time})</source>
        <translation>Uw correctie: {what} (om {time})</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="35"/>
        <source>mood {mood}</source>
        <translation>stemming {mood}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="36"/>
        <source>not a complaint</source>
        <translation>geen klacht</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="37"/>
        <source>Shown: {rank}, mood {mood}; {reply}</source>
        <translation>Getoond: {rank}, stemming {mood}; {reply}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="38"/>
        <source>Correction removed: the machine&apos;s verdict is shown.</source>
        <translation>Correctie verwijderd: het oordeel van de machine wordt getoond.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="39"/>
        <source>There was no correction to remove.</source>
        <translation>Er was geen correctie om te verwijderen.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="40"/>
        <source>needs a reply</source>
        <translation>wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="41"/>
        <source>no reply expected</source>
        <translation>geen antwoord verwacht</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="44"/>
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="45"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="46"/>
        <source>the rest</source>
        <translation>de rest</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="47"/>
        <source>low (our own post or spam)</source>
        <translation>laag (ons eigen bericht of spam)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="50"/>
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="51"/>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="52"/>
        <source>positive</source>
        <translation>positief</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="60"/>
        <source>show why a message ranks as it does, or correct its triage</source>
        <translation>laten zien waarom een bericht zo gerangschikt is, of de inschatting corrigeren</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="69"/>
        <source>correct the mood: negative, neutral or positive</source>
        <translation>de stemming corrigeren: negative, neutral of positive</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="74"/>
        <source>mark it as not a complaint (the mood stays)</source>
        <translation>markeren als geen klacht (de stemming blijft)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="79"/>
        <source>remove your correction</source>
        <translation>uw correctie verwijderen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="85"/>
        <source>print the machine&apos;s verdict, your correction and why (the default)</source>
        <translation>het oordeel van de machine, uw correctie en de reden tonen (standaard)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/triage.py" line="91"/>
        <source>print it as JSON</source>
        <translation>als JSON tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/requests.py" line="14"/>
        <source>No requests waiting.</source>
        <translation>Geen verzoeken die wachten.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/requests.py" line="15"/>
        <source>{id}  {handle} ({name}): {count} waiting</source>
        <translation>{id}  {handle} ({name}): {count} wachtend</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/requests.py" line="16"/>
        <source>{id}: accepted</source>
        <translation>{id}: geaccepteerd</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/requests.py" line="17"/>
        <source>{id}: dismissed</source>
        <translation>{id}: afgewezen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/requests.py" line="24"/>
        <source>mentions and messages the network holds back: list, accept, dismiss</source>
        <translation>vermeldingen en berichten die het netwerk tegenhoudt: tonen, accepteren, afwijzen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/requests.py" line="76"/>
        <source>cmstation requests: error: give the request ID</source>
        <translation>cmstation requests: fout: geef de ID van het verzoek</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/install_desktop.py" line="37"/>
        <source>Installed {path}</source>
        <extracomment>Characters that make an Exec argument need quotes (Desktop Entry spec, &quot;The Exec key&quot;).</extracomment>
        <translation>Geïnstalleerd: {path}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/install_desktop.py" line="38"/>
        <source>Removed {path}</source>
        <translation>Verwijderd: {path}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/install_desktop.py" line="39"/>
        <source>Nothing to remove under {path}.</source>
        <translation>Niets te verwijderen onder {path}.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/install_desktop.py" line="40"/>
        <source>The menu entry starts: {command}</source>
        <translation>Het menu-item start: {command}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/install_desktop.py" line="47"/>
        <source>add cmstation to the desktop&apos;s application menu (in $XDG_DATA_HOME)</source>
        <translation>cmstation toevoegen aan het programmamenu van de desktop (in $XDG_DATA_HOME)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/install_desktop.py" line="55"/>
        <source>remove the menu entry, metainfo and icons again</source>
        <translation>het menu-item, de metainfo en de pictogrammen weer verwijderen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="14"/>
        <source>Undo with: cmstation undo {token}</source>
        <translation>Ongedaan maken met: cmstation undo {token}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="19"/>
        <source>make labels and put them on messages</source>
        <translation>labels maken en op berichten zetten</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="22"/>
        <source>make a label</source>
        <translation>een label maken</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="29"/>
        <source>its colour, e.g. #d9534f</source>
        <translation>de kleur, bijv. #d9534f</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="33"/>
        <source>list labels and how many messages carry each</source>
        <translation>labels tonen en hoeveel berichten elk label hebben</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="38"/>
        <source>delete a label (messages lose it)</source>
        <translation>een label verwijderen (berichten verliezen het)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="43"/>
        <source>put a label on messages</source>
        <translation>een label op berichten zetten</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="44"/>
        <source>take a label off messages</source>
        <translation>een label van berichten halen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="53"/>
        <source>make the label when there is none yet</source>
        <translation>het label maken als het er nog niet is</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="64"/>
        <source>Label {name!r} made.</source>
        <translation>Label {name!r} gemaakt.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="83"/>
        <source>No labels yet (cmstation label add NAME).</source>
        <translation>Nog geen labels (cmstation label add NAAM).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="97"/>
        <source>Label {name!r} deleted; {n} messages lost it.</source>
        <translation>Label {name!r} verwijderd; {n} berichten zijn het kwijt.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="114"/>
        <source>Label {name!r} taken off {n} of {total} messages.</source>
        <translation>Label {name!r} van {n} van de {total} berichten gehaald.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/labels.py" line="116"/>
        <source>Label {name!r} put on {n} of {total} messages.</source>
        <translation>Label {name!r} op {n} van de {total} berichten gezet.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="16"/>
        <source>Nobody called {handle!r} has written to the inbox.</source>
        <translation>Niemand met de naam {handle!r} heeft naar de inbox geschreven.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="25"/>
        <source>only on this network (default: every network)</source>
        <translation>alleen op dit netwerk (standaard: elk netwerk)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="31"/>
        <source>the VIP list: their messages come first</source>
        <translation>de VIP-lijst: hun berichten komen eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="35"/>
        <source>put someone on the VIP list</source>
        <translation>iemand op de VIP-lijst zetten</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="36"/>
        <source>take someone off the VIP list</source>
        <translation>iemand van de VIP-lijst halen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="42"/>
        <source>list the VIPs</source>
        <translation>de VIP&apos;s tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="47"/>
        <source>keep a private note about someone</source>
        <translation>een privénotitie over iemand bijhouden</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="51"/>
        <source>the note (empty: remove it)</source>
        <translation>de notitie (leeg: verwijderen)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="57"/>
        <source>who is this: someone&apos;s history in the inbox</source>
        <translation>wie is dit: iemands geschiedenis in de inbox</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="73"/>
        <source>No VIPs yet (cmstation vip add HANDLE).</source>
        <translation>Nog geen VIP&apos;s (cmstation vip add HANDLE).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="79"/>
        <source>{handle} is a VIP.</source>
        <translation>{handle} is een VIP.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="82"/>
        <source>{handle} was not a VIP.</source>
        <translation>{handle} was geen VIP.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="84"/>
        <source>{handle} is no longer a VIP.</source>
        <translation>{handle} is geen VIP meer.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="97"/>
        <source>Note kept for {handle}.</source>
        <translation>Notitie bewaard voor {handle}.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="99"/>
        <source>Note removed for {handle}.</source>
        <translation>Notitie verwijderd voor {handle}.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="154"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="154"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="155"/>
        <source>not known</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="159"/>
        <source>Followers: {followers} · VIP: {vip} · ambassador: {ambassador} · {n} messages, our replies: {replies}</source>
        <translation>Volgers: {followers} · VIP: {vip} · ambassadeur: {ambassador} · {n} berichten, onze antwoorden: {replies}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="172"/>
        <source>Note: {note}</source>
        <translation>Notitie: {note}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/people.py" line="175"/>
        <source>Labels: {labels}</source>
        <translation>Labels: {labels}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="24"/>
        <source>TOML file with [[rule]] tables (&apos;-&apos;: read stdin)</source>
        <translation>TOML-bestand met [[rule]]-tabellen (&apos;-&apos;: lees stdin)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="28"/>
        <source>the inbox rules</source>
        <translation>de regels van de inbox</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="30"/>
        <source>add a rule (at the end)</source>
        <translation>een regel toevoegen (aan het eind)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="34"/>
        <source>1 = first</source>
        <translation>1 = eerste</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="39"/>
        <source>list the rules in order</source>
        <translation>de regels op volgorde tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="41"/>
        <source>as TOML</source>
        <translation>als TOML</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="43"/>
        <source>delete a rule</source>
        <translation>een regel verwijderen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="48"/>
        <source>how many messages the rules would act on (a dry run)</source>
        <translation>op hoeveel berichten de regels zouden werken (een proefrun)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="54"/>
        <source>act on those messages now</source>
        <translation>nu op die berichten toepassen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="66"/>
        <source>every one of these words (as in a search)</source>
        <translation>al deze woorden (zoals bij zoeken)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="73"/>
        <source>any of these words or phrases (repeat)</source>
        <translation>een van deze woorden of zinnen (herhaalbaar)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="78"/>
        <source>only complaints</source>
        <translation>alleen klachten</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="85"/>
        <source>a channel&apos;s id, name or kind (repeat)</source>
        <translation>id, naam of soort van een kanaal (herhaalbaar)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="89"/>
        <source>only VIPs</source>
        <translation>alleen VIP&apos;s</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="94"/>
        <source>only messages with a link</source>
        <translation>alleen berichten met een link</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="105"/>
        <source>add this label (repeat)</source>
        <translation>dit label toevoegen (herhaalbaar)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="110"/>
        <source>mark done, ignored, spam or needs_reply</source>
        <translation>markeren als klaar, genegeerd, spam of needs_reply</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="116"/>
        <source>0 low, 1 normal, 2 question, 3 complaint</source>
        <translation>0 laag, 1 normaal, 2 vraag, 3 klacht</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="119"/>
        <source>show a notification</source>
        <translation>een melding tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="125"/>
        <source>let later rules act too</source>
        <translation>latere regels ook laten werken</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="130"/>
        <source>store it switched off</source>
        <translation>uitgeschakeld opslaan</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="185"/>
        <source>Rule {name!r} added as number {position}.</source>
        <translation>Regel {name!r} toegevoegd als nummer {position}.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="206"/>
        <source>No rules yet (cmstation rule add NAME ...).</source>
        <translation>Nog geen regels (cmstation rule add NAAM ...).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="208"/>
        <source>(off)</source>
        <translation>(uit)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="209"/>
        <source>and continue</source>
        <translation>en doorgaan</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="225"/>
        <source>Rule {name!r} deleted.</source>
        <translation>Regel {name!r} verwijderd.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="256"/>
        <source>Would match {n} of {total} messages.</source>
        <translation>Zou {n} van de {total} berichten raken.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/rules.py" line="266"/>
        <source>Applied to {n} messages ({changed} changed).</source>
        <translation>Toegepast op {n} berichten ({changed} gewijzigd).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="21"/>
        <source>Not a time: {value!r}. Use tomorrow, next-week, a date (2026-12-24), a date and time (2026-12-24T14:00) or a span (3h, 2d).</source>
        <translation>Geen tijd: {value!r}. Gebruik tomorrow, next-week, een datum (2026-12-24), een datum en tijd (2026-12-24T14:00) of een duur (3h, 2d).</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="26"/>
        <source>{value!r} has already passed.</source>
        <translation>{value!r} is al voorbij.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="28"/>
        <source>Say until when: --until TIME.</source>
        <translation>Zeg tot wanneer: --until TIJD.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="34"/>
        <source>hide messages until a time, then bring them back</source>
        <translation>berichten verbergen tot een tijd en ze dan terugbrengen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="40"/>
        <source>tomorrow, next-week, a date, a date and time, 3h, 2d</source>
        <translation>tomorrow, next-week, een datum, een datum en tijd, 3h, 2d</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="46"/>
        <source>shown when it comes back</source>
        <translation>getoond als het terugkomt</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="49"/>
        <source>list what is snoozed</source>
        <translation>tonen wat gesnoozed is</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="54"/>
        <source>bring the messages back now</source>
        <translation>de berichten nu terugbrengen</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="72"/>
        <source>{n} messages are back.</source>
        <translation>{n} berichten zijn terug.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="95"/>
        <source>{n} messages snoozed until {time}.</source>
        <translation>{n} berichten gesnoozed tot {time}.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/snooze.py" line="110"/>
        <source>Nothing is snoozed.</source>
        <translation>Er is niets gesnoozed.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/undo.py" line="14"/>
        <source>There is no change {token} to undo.</source>
        <translation>Er is geen wijziging {token} om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/undo.py" line="19"/>
        <source>take back a bulk action or a rule pass</source>
        <translation>een bulkactie of een regelronde terugdraaien</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/undo.py" line="34"/>
        <source>Change {token} was already undone.</source>
        <translation>Wijziging {token} was al ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/undo.py" line="38"/>
        <source>Undone: {n} changes put back, {skipped} left (changed since).</source>
        <translation>Ongedaan: {n} wijzigingen teruggezet, {skipped} gelaten (sindsdien gewijzigd).</translation>
    </message>
    <message>
        <source>A PDF report is not available yet: use --json or --csv DIR for now.</source>
        <translation type="vanished">Een PDF-rapport is er nog niet: gebruik voorlopig --json of --csv DIR.</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="23"/>
        <source>the client report: responsiveness, reach, pyramid</source>
        <translation>het klantrapport: reactiesnelheid, bereik, piramide</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="29"/>
        <source>7d, 30d (default), 90d or FROM..TO (dates)</source>
        <translation>7d, 30d (standaard), 90d of VAN..TOT (datums)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="35"/>
        <source>only this channel (default: every channel)</source>
        <translation>alleen dit kanaal (standaard: elk kanaal)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="42"/>
        <source>write one CSV file per table into DIR</source>
        <translation>schrijf per tabel één CSV-bestand in DIR</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="45"/>
        <source>write a PDF report</source>
        <translation>schrijf een PDF-rapport</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="85"/>
        <source>Report {first} to {last} ({zone}){brand}</source>
        <translation>Rapport {first} tot en met {last} ({zone}){brand}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="92"/>
        <source>Responsiveness: answered {answered} of {needed} ({share}); first response median {median} h, p90 {p90} h; in working hours {wmedian} h, p90 {wp90} h (target {target} h)</source>
        <translation>Reactiesnelheid: {answered} van de {needed} beantwoord ({share}); eerste reactie mediaan {median} u, p90 {p90} u; in werktijd {wmedian} u, p90 {wp90} u (doel {target} u)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="108"/>
        <source>Complaints: answered {answered} of {needed}; median {median} h ({wmedian} working h); waiting now {waiting}</source>
        <translation>Klachten: {answered} van de {needed} beantwoord; mediaan {median} u ({wmedian} u in werktijd); wachten nu: {waiting}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="120"/>
        <source>Backlog: {n} waiting, the oldest {hours} h</source>
        <translation>Achterstand: {n} wachten, de oudste al {hours} u</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="125"/>
        <source>Volume: {total} messages; reach of positive {pos}, of negative {neg}</source>
        <translation>Volume: {total} berichten; bereik van positieve {pos}, van negatieve {neg}</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="139"/>
        <source>Ambassadors: {n} ({engaged} answered by you)</source>
        <translation>Ambassadeurs: {n} ({engaged} door jou beantwoord)</translation>
    </message>
    <message>
        <location filename="../cmstation/cli/report.py" line="149"/>
        <source>Maturity: step {n} of 4</source>
        <translation>Volwassenheid: stap {n} van 4</translation>
    </message>
</context>
<context>
    <name>ComposerView</name>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="174"/>
        <source>Language of the reply (checks follow it)</source>
        <translation>Taal van het antwoord (de controles volgen die)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="175"/>
        <location filename="../cmstation/ui/compose/composer_view.py" line="429"/>
        <location filename="../cmstation/ui/compose/composer_view.py" line="527"/>
        <source>Detect language</source>
        <translation>Taal herkennen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="176"/>
        <location filename="../cmstation/ui/compose/composer_view.py" line="522"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="177"/>
        <location filename="../cmstation/ui/compose/composer_view.py" line="522"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="190"/>
        <source>Write your reply…  Ctrl+Enter sends</source>
        <translation>Schrijf je antwoord…  Ctrl+Enter verstuurt</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="239"/>
        <source>Human voice</source>
        <translation>Menselijke toon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="216"/>
        <source>Saved replies</source>
        <translation>Opgeslagen antwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="165"/>
        <source>Private</source>
        <extracomment>Checks run this long after the last key; with the check itself (about a millisecond) and redrawing the list, findings show well within 200 ms of the last key. A draft is written at most this long after the first unsaved change. add the sign-off to a new reply by itself</extracomment>
        <translation>Privé</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="225"/>
        <source>Insert sign-off</source>
        <translation>Ondertekening invoegen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="243"/>
        <source>Send later…</source>
        <translation>Later versturen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="146"/>
        <location filename="../cmstation/ui/compose/composer_view.py" line="246"/>
        <location filename="../cmstation/ui/compose/composer_view.py" line="335"/>
        <source>Send</source>
        <translation>Versturen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="248"/>
        <source>Checks the reply, then queues it (Ctrl+Enter)</source>
        <translation>Controleert het antwoord en zet het dan klaar (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="309"/>
        <source>Select a message to reply to it.</source>
        <extracomment>Narrower than this, the findings go below the text instead of beside it (beside it, a finding&apos;s message would wrap into a tall, narrow column).</extracomment>
        <translation>Kies een bericht om erop te antwoorden.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="311"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="322"/>
        <source>This message is no longer in the workspace.</source>
        <translation>Dit bericht staat niet meer in de werkruimte.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="335"/>
        <source>Copy reply and open the post</source>
        <translation>Antwoord kopiëren en het bericht openen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="391"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="393"/>
        <source>Reply to {who}</source>
        <translation>Antwoord aan {who}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="394"/>
        <source>On {channel}</source>
        <translation>Op {channel}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="397"/>
        <source>Dutch: je</source>
        <translation>Nederlands: je</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="397"/>
        <source>Dutch: u</source>
        <translation>Nederlands: u</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="399"/>
        <source>The register from your profile</source>
        <translation>De aanspreekvorm uit je profiel</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="410"/>
        <source>Adds “{signoff}” at the end</source>
        <translation>Zet “{signoff}” aan het eind</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="412"/>
        <source>Set a sign-off in your profile first</source>
        <translation>Stel eerst een ondertekening in je profiel in</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="525"/>
        <source>Detected: {lang}</source>
        <translation>Herkend: {lang}</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/compose/composer_view.py" line="554"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n teken</numerusform>
            <numerusform>%n tekens</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} characters</source>
        <translation type="vanished">{count} tekens</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="558"/>
        <source>{count} of {limit} graphemes, the way Bluesky counts</source>
        <translation>{count} van {limit} grafemen, zoals Bluesky telt</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="563"/>
        <source>{count} of {limit} characters; a link counts as 23, a mention as @name</source>
        <translation>{count} van {limit} tekens; een link telt als 23, een vermelding als @naam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_view.py" line="566"/>
        <source>No length limit on this channel</source>
        <translation>Geen lengtegrens op dit kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_findings.py" line="36"/>
        <source>The text changed; the remarks were checked again.</source>
        <translation>De tekst is veranderd; de opmerkingen zijn opnieuw gecontroleerd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_findings.py" line="69"/>
        <source>The sign-off is already there.</source>
        <translation>De ondertekening staat er al.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_snippets.py" line="42"/>
        <source>No saved replies yet</source>
        <translation>Nog geen opgeslagen antwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_snippets.py" line="47"/>
        <source>Save this reply as a saved reply…</source>
        <translation>Dit antwoord opslaan als opgeslagen antwoord…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_snippets.py" line="52"/>
        <source>Manage saved replies…</source>
        <translation>Opgeslagen antwoorden beheren…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_snippets.py" line="90"/>
        <source>Save as a saved reply</source>
        <translation>Opslaan als opgeslagen antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_snippets.py" line="91"/>
        <source>A short name for it:</source>
        <translation>Een korte naam ervoor:</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_snippets.py" line="105"/>
        <source>Saved as “{name}”.</source>
        <translation>Opgeslagen als “{name}”.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="60"/>
        <source>The draft could not be saved yet: {error}</source>
        <translation>Het concept kon nog niet worden opgeslagen: {error}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="78"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="87"/>
        <source>Send later</source>
        <translation>Later versturen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="89"/>
        <source>Send this reply at:</source>
        <translation>Verstuur dit antwoord op:</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="96"/>
        <source>cmstation must be running then (or at the next start).</source>
        <translation>cmstation moet dan draaien (of bij de volgende start).</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="133"/>
        <source>This reply cannot go out as it is</source>
        <translation>Dit antwoord kan zo niet de deur uit</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="134"/>
        <source>Fix these first, or send it anyway:

{lines}</source>
        <translation>Los dit eerst op, of verstuur het toch:

{lines}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="137"/>
        <source>Send anyway</source>
        <translation>Toch versturen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="142"/>
        <source>Send with remarks?</source>
        <translation>Versturen met opmerkingen?</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="143"/>
        <source>The checks have remarks:

{lines}</source>
        <translation>De controles hebben opmerkingen:

{lines}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="243"/>
        <source>Reply queued; it goes out as soon as it can.</source>
        <translation>Antwoord klaargezet; het gaat zo snel mogelijk de deur uit.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="250"/>
        <source>Reply queued for {when}.</source>
        <translation>Antwoord klaargezet voor {when}.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="260"/>
        <source>The reply could not be queued; it stays here: {error}</source>
        <translation>Het antwoord kon niet worden klaargezet; het blijft hier staan: {error}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="278"/>
        <source>; no browser could be started, so open {url} yourself</source>
        <translation>; er kon geen browser starten, dus open {url} zelf</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="282"/>
        <source>; this item has no link, so open the post yourself</source>
        <translation>; dit item heeft geen link, dus open het bericht zelf</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="286"/>
        <source>Did you post it?</source>
        <translation>Heb je het geplaatst?</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="287"/>
        <source>The reply is on the clipboard{where}. Paste it there and post it; then say so here and it is marked as sent.</source>
        <translation>Het antwoord staat op het klembord{where}. Plak het daar en plaats het; laat het dan hier weten, dan wordt het als verstuurd gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="274"/>
        <source> and the post is open in your browser</source>
        <translation> en het bericht staat open in je browser</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="292"/>
        <source>Yes, I posted it</source>
        <translation>Ja, ik heb het geplaatst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="311"/>
        <source>Marked as answered.</source>
        <translation>Gemarkeerd als beantwoord.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_sending.py" line="319"/>
        <source>The reply could not be recorded; it stays here: {error}</source>
        <translation>Het antwoord kon niet worden vastgelegd; het blijft hier staan: {error}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_private.py" line="36"/>
        <source>This is a private conversation: the reply stays private.</source>
        <translation>Dit is een privégesprek: het antwoord blijft privé.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_private.py" line="40"/>
        <source>Continue privately: the reply goes as a private message to {who}, and a short public reply says so (ask for order numbers and addresses there).</source>
        <translation>Privé verdergaan: het antwoord gaat als privébericht naar {who}, en een kort openbaar antwoord zegt dat (vraag daar naar ordernummers en adressen).</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/composer_private.py" line="48"/>
        <source>Private reply to {who}</source>
        <translation>Privé antwoord aan {who}</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="186"/>
        <source>Select a message to read it with its conversation.
j/k move, e marks done, i ignores, / searches, Ctrl+Z undoes.</source>
        <translation>Kies een bericht om het met het hele gesprek te lezen.
j/k bladeren, e markeert als klaar, i negeert, / zoekt, Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="200"/>
        <source>This message is no longer in the workspace.</source>
        <translation>Dit bericht staat niet meer in de werkruimte.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="207"/>
        <source>In reply to</source>
        <translation>Als antwoord op</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="211"/>
        <source>Replies</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="220"/>
        <source>No earlier messages or replies in this conversation.</source>
        <translation>Geen eerdere berichten of antwoorden in dit gesprek.</translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message>
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="66"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="67"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="68"/>
        <source>Open the message with this draft in the composer</source>
        <translation>Open het bericht met dit concept in de editor</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="79"/>
        <source>Answers</source>
        <translation>Antwoordt op</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="79"/>
        <source>Draft</source>
        <translation>Concept</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="79"/>
        <source>Last edited</source>
        <translation>Laatst bewerkt</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="88"/>
        <source>No drafts. Whatever you type in the composer is kept here until you send it.</source>
        <translation>Geen concepten. Wat je in de editor typt, wordt hier bewaard tot je het verstuurt.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="110"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="113"/>
        <source>(a new post)</source>
        <translation>(een nieuw bericht)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="123"/>
        <source>%n reply(s) being written</source>
        <translation>
            <numerusform>%n antwoord in de maak</numerusform>
            <numerusform>%n antwoorden in de maak</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} replies being written</source>
        <translation type="vanished">{n} antwoorden in de maak</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../cmstation/logs.py" line="33"/>
        <source>Something unexpected went wrong. The details are in the log: {log}</source>
        <translation>Er ging iets onverwachts mis. De details staan in het logbestand: {log}</translation>
    </message>
    <message>
        <location filename="../cmstation/logs.py" line="36"/>
        <source>The workspace was busy (another cmstation was writing to it) and the change was not saved. Try again in a moment.</source>
        <translation>De werkruimte was bezet (een andere cmstation schreef erin) en de wijziging is niet bewaard. Probeer het zo opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/logs.py" line="41"/>
        <source>The disk is full, so the change was not saved. What was saved before is intact; make room and try again.</source>
        <translation>De schijf is vol, dus de wijziging is niet bewaard. Wat eerder bewaard was, is intact; maak ruimte en probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/logs.py" line="46"/>
        <source>The workspace file could not be read: it may be damaged. Nothing more was written to it. The details are in the log: {log}</source>
        <translation>Het werkruimtebestand kon niet gelezen worden: het is misschien beschadigd. Er is niets meer in geschreven. De details staan in het logbestand: {log}</translation>
    </message>
    <message>
        <location filename="../cmstation/logs.py" line="51"/>
        <source>The workspace cannot be written (read-only file or folder), so the change was not saved.</source>
        <translation>Er kan niet in de werkruimte geschreven worden (alleen-lezen bestand of map), dus de wijziging is niet bewaard.</translation>
    </message>
    <message>
        <location filename="../cmstation/logs.py" line="55"/>
        <source>A file could not be read or written: {reason}.</source>
        <translation>Een bestand kon niet gelezen of geschreven worden: {reason}.</translation>
    </message>
</context>
<context>
    <name>FindingRow</name>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="73"/>
        <source>Replace with “{text}”</source>
        <translation>Vervangen door “{text}”</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="77"/>
        <source>Remove it</source>
        <translation>Weghalen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="79"/>
        <source>Fix</source>
        <translation>Verbeteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="86"/>
        <source>Show</source>
        <translation>Tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="88"/>
        <source>Select these words in the reply</source>
        <translation>Selecteer deze woorden in het antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="91"/>
        <source>Dismiss</source>
        <translation>Negeren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="93"/>
        <source>Ignore this remark for this draft</source>
        <translation>Negeer deze opmerking voor dit concept</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="99"/>
        <source>Hint</source>
        <translation>Tip</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="100"/>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="101"/>
        <source>Error: blocks sending</source>
        <translation>Fout: blokkeert het versturen</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <location filename="../cmstation/ui/compose/findings_panel.py" line="153"/>
        <source>Nothing to remark: this reads like a person.</source>
        <translation>Niets op aan te merken: dit klinkt als een mens.</translation>
    </message>
</context>
<context>
    <name>InboxOrder</name>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_order.py" line="123"/>
        <source>Labels…</source>
        <extracomment>how often the window wakes what is due (also at once on start) the single keys (in the message list only) the clock snoozes are decided by (tests inject one)</extracomment>
        <translation>Labels…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_order.py" line="131"/>
        <source>Mark as spam</source>
        <translation>Als spam markeren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_order.py" line="138"/>
        <source>Select all matching</source>
        <translation>Alle treffers selecteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_order.py" line="144"/>
        <source>Select or unselect this message</source>
        <translation>Dit bericht selecteren of deselecteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_order.py" line="151"/>
        <source>Who is this?</source>
        <translation>Wie is dit?</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_order.py" line="158"/>
        <source>Rules…</source>
        <translation>Regels…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_order.py" line="290"/>
        <source>Snoozed until {time}</source>
        <translation>Gesnoozed tot {time}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_order.py" line="294"/>
        <source>Back from snooze ({time})</source>
        <translation>Terug van snoozen ({time})</translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message>
        <location filename="../cmstation/insights/periods.py" line="26"/>
        <source>Unknown period {spec!r}: use 7d, 30d, 90d or FROM..TO (dates as 2026-03-01..2026-03-31).</source>
        <extracomment>A custom period is at most this long (a report is for a client, not an archive).</extracomment>
        <translation>Onbekende periode {spec!r}: gebruik 7d, 30d, 90d of VAN..TOT (datums als 2026-03-01..2026-03-31).</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/periods.py" line="30"/>
        <source>The period {spec!r} ends before it starts (FROM..TO, FROM first).</source>
        <translation>De periode {spec!r} eindigt voordat hij begint (VAN..TOT, VAN eerst).</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/periods.py" line="33"/>
        <source>The period {spec!r} is longer than {max} days.</source>
        <translation>De periode {spec!r} is langer dan {max} dagen.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="27"/>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="28"/>
        <source>Ambassadors&apos; messages</source>
        <translation>Berichten van ambassadeurs</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="30"/>
        <source>Person</source>
        <translation>Persoon</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="31"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="32"/>
        <location filename="../cmstation/insights/volume.py" line="18"/>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="33"/>
        <source>Answers to others</source>
        <translation>Antwoorden aan anderen</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="34"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="35"/>
        <location filename="../cmstation/insights/reach.py" line="33"/>
        <source>Followers</source>
        <translation>Volgers</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="36"/>
        <source>Our replies</source>
        <translation>Onze antwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="37"/>
        <source>Last message</source>
        <translation>Laatste bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="38"/>
        <location filename="../cmstation/insights/volume.py" line="24"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="39"/>
        <location filename="../cmstation/insights/reach.py" line="29"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="40"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="41"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/ambassadors.py" line="42"/>
        <source>Answers someone</source>
        <translation>Antwoordt iemand</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="31"/>
        <source>Channel mastery per week</source>
        <translation>Kanaalbeheersing per week</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="33"/>
        <location filename="../cmstation/insights/reach.py" line="23"/>
        <location filename="../cmstation/insights/responsiveness.py" line="145"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="34"/>
        <location filename="../cmstation/insights/responsiveness.py" line="146"/>
        <source>Needed a reply</source>
        <translation>Had antwoord nodig</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="35"/>
        <source>Handled share</source>
        <translation>Deel afgehandeld</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="36"/>
        <location filename="../cmstation/insights/responsiveness.py" line="149"/>
        <source>Median (h)</source>
        <translation>Mediaan (u)</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="37"/>
        <source>Overdue</source>
        <translation>Te laat</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="38"/>
        <source>Under control</source>
        <translation>Onder controle</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="40"/>
        <source>Your channels are under control: adding one more is a good next step.</source>
        <translation>Je kanalen zijn onder controle: er een bij nemen is een goede volgende stap.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="43"/>
        <source>Master the channels you have first: the gate&apos;s checks are not met yet.</source>
        <translation>Beheers eerst de kanalen die je hebt: ze voldoen nog niet aan de controles voor een nieuw kanaal.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="46"/>
        <source>You have {max} channels, the most cmstation keeps: deepen them instead.</source>
        <translation>Je hebt {max} kanalen, het maximum van cmstation: ga liever dieper op deze in.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery_trend.py" line="49"/>
        <source>Start with one channel and master it.</source>
        <translation>Begin met één kanaal en beheers het.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="30"/>
        <source>Strategy and inspiration</source>
        <translation>Strategie en inspiratie</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="31"/>
        <source>Listening and responding</source>
        <translation>Luisteren en reageren</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="32"/>
        <source>Facilitating</source>
        <translation>Faciliteren</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="33"/>
        <source>Participating</source>
        <translation>Deelnemen</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/insights/maturity.py" line="36"/>
        <source>Profile with name and sign-off: {face}; voice: {voice}; %n brand keyword(s); {searches} saved search(es) listening</source>
        <translation>
            <numerusform>Profiel met naam en ondertekening: {face}; toon: {voice}; %n trefwoord voor het merk; luisterende bewaarde zoekopdrachten: {searches}</numerusform>
            <numerusform>Profiel met naam en ondertekening: {face}; toon: {voice}; %n trefwoorden voor het merk; luisterende bewaarde zoekopdrachten: {searches}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="43"/>
        <source>Answered {answered} of {needed} that needed a reply; median first response {median} h (target {target} h)</source>
        <translation>{answered} van de {needed} die antwoord nodig hadden beantwoord; mediaan eerste reactie {median} u (doel {target} u)</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/insights/maturity.py" line="48"/>
        <source>{engaged} of {ambassadors} ambassadors answered by you; %n person(s) answered others</source>
        <translation>
            <numerusform>{engaged} van de {ambassadors} ambassadeurs door jou beantwoord; %n persoon gaf anderen antwoord</numerusform>
            <numerusform>{engaged} van de {ambassadors} ambassadeurs door jou beantwoord; %n personen gaven anderen antwoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/insights/maturity.py" line="54"/>
        <source>%n own post(s), {started} of them started a conversation</source>
        <translation>
            <numerusform>%n eigen bericht, waarvan {started} met een gesprek als gevolg</numerusform>
            <numerusform>%n eigen berichten, waarvan {started} met een gesprek als gevolg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="59"/>
        <source>Fill in the profile (name, sign-off, register), add the brand&apos;s keywords and save a search that listens for them.</source>
        <translation>Vul het profiel in (naam, ondertekening, aanspreekvorm), voeg de trefwoorden van het merk toe en bewaar een zoekopdracht die ernaar luistert.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="64"/>
        <source>Answer at least 90% of what needs a reply, and the median within the target.</source>
        <translation>Beantwoord minstens 90% van wat op antwoord wacht, met de mediaan binnen het doel.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="68"/>
        <source>Thank the ambassadors, and leave room for the people who answer each other.</source>
        <translation>Bedank de ambassadeurs en laat ruimte voor de mensen die elkaar antwoorden.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="72"/>
        <source>Post something of your own that invites an answer: ask a question.</source>
        <translation>Plaats zelf iets dat uitnodigt tot een antwoord: stel een vraag.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="76"/>
        <location filename="../cmstation/ui/insights/report_tables.py" line="42"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="77"/>
        <location filename="../cmstation/ui/insights/report_tables.py" line="44"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="78"/>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="79"/>
        <source>Maturity path</source>
        <translation>Volwassenheidspad</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="81"/>
        <location filename="../cmstation/insights/maturity.py" line="82"/>
        <source>Step</source>
        <translation>Stap</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="83"/>
        <source>Reached</source>
        <translation>Bereikt</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="84"/>
        <source>What the workspace shows</source>
        <translation>Wat de werkruimte laat zien</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/maturity.py" line="85"/>
        <source>What would move it</source>
        <translation>Wat je verder helpt</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="35"/>
        <source>Curating</source>
        <translation>Cureren</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="36"/>
        <source>Producing</source>
        <translation>Maken</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="37"/>
        <source>Commenting</source>
        <translation>Reageren</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="38"/>
        <source>Sharing</source>
        <translation>Delen</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="39"/>
        <source>Watching</source>
        <translation>Kijken</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="42"/>
        <source>Embrace curators: thank them, and let them know what is coming first.</source>
        <translation>Omarm de curatoren: bedank ze en laat ze als eersten weten wat er komt.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="45"/>
        <source>Offer producers a platform: share what they make about the brand.</source>
        <translation>Geef makers een podium: deel wat ze over het merk maken.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="48"/>
        <source>Give commenters room to react: ask, listen and answer.</source>
        <translation>Geef reageerders ruimte: vraag, luister en antwoord.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="51"/>
        <source>Make content easy to share.</source>
        <translation>Maak content die makkelijk te delen is.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="52"/>
        <source>Who only reads is not visible in the inbox: the networks do not say. Give them something worth sharing.</source>
        <translation>Wie alleen leest, zie je niet in de inbox: de netwerken vertellen dat niet. Geef ze iets wat het delen waard is.</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="58"/>
        <source>Engagement pyramid</source>
        <translation>Betrokkenheidspiramide</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="60"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="61"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="62"/>
        <source>Actions</source>
        <translation>Acties</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="63"/>
        <source>People before</source>
        <translation>Mensen vorige periode</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="64"/>
        <source>Trend</source>
        <translation>Trend</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/pyramid.py" line="65"/>
        <source>What to do</source>
        <translation>Wat te doen</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="20"/>
        <source>Reach of positive and negative mentions per week</source>
        <translation>Bereik van positieve en negatieve vermeldingen per week</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="21"/>
        <source>Complaints with the largest reach</source>
        <translation>Klachten met het grootste bereik</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="24"/>
        <source>Positive mentions</source>
        <translation>Positieve vermeldingen</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="25"/>
        <source>Positive reach</source>
        <translation>Positief bereik</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="26"/>
        <source>Negative mentions</source>
        <translation>Negatieve vermeldingen</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="27"/>
        <source>Negative reach</source>
        <translation>Negatief bereik</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="28"/>
        <source>Reach unknown</source>
        <translation>Bereik onbekend</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="30"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="31"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="32"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="34"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="35"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="36"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="38"/>
        <source>Reach of positive mentions</source>
        <translation>Bereik van positieve vermeldingen</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/reach.py" line="39"/>
        <source>Reach of negative mentions</source>
        <translation>Bereik van negatieve vermeldingen</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="143"/>
        <source>First response per week</source>
        <translation>Eerste reactie per week</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="147"/>
        <source>Answered</source>
        <translation>Beantwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="148"/>
        <source>Answered share</source>
        <translation>Deel beantwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="150"/>
        <source>90th percentile (h)</source>
        <translation>90e percentiel (u)</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="151"/>
        <source>Median (working h)</source>
        <translation>Mediaan (u werktijd)</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="152"/>
        <source>90th percentile (working h)</source>
        <translation>90e percentiel (u werktijd)</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="153"/>
        <source>Target (h)</source>
        <translation>Doel (u)</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="154"/>
        <source>Within target</source>
        <translation>Binnen het doel</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="155"/>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="156"/>
        <source>Complaints answered</source>
        <translation>Klachten beantwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="157"/>
        <source>Complaints median (h)</source>
        <translation>Mediaan klachten (u)</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/responsiveness.py" line="158"/>
        <source>Complaints median (working h)</source>
        <translation>Mediaan klachten (u werktijd)</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/volume.py" line="19"/>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/volume.py" line="20"/>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/volume.py" line="22"/>
        <source>Messages per day by channel</source>
        <translation>Berichten per dag per kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/volume.py" line="23"/>
        <source>Messages per day by sentiment</source>
        <translation>Berichten per dag per sentiment</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/volume.py" line="25"/>
        <source>Total</source>
        <translation>Totaal</translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="73"/>
        <source>Insights</source>
        <extracomment>The charts and the table shown next to each (table name -&gt; chart kind). (which reload, parts done, parts) from the task worker while the report is built</extracomment>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="78"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/insights/insights_view.py" line="80"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Afgelopen %n dag</numerusform>
            <numerusform>Afgelopen %n dagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="81"/>
        <source>From … to …</source>
        <translation>Van … tot …</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="86"/>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="86"/>
        <source>To</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="94"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="95"/>
        <source>All channels</source>
        <translation>Alle kanalen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="97"/>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="98"/>
        <source>Every table as a CSV file, into a folder</source>
        <translation>Elke tabel als CSV-bestand, in een map</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="99"/>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="100"/>
        <source>The whole report as one JSON file</source>
        <translation>Het hele rapport als één JSON-bestand</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="101"/>
        <source>PDF report…</source>
        <translation>PDF-rapport…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="102"/>
        <source>A one- or two-page report for the client</source>
        <translation>Een rapport van één of twee pagina&apos;s voor de klant</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="116"/>
        <source>Computing the figures</source>
        <translation>De cijfers worden berekend</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="153"/>
        <source>Computing the figures…</source>
        <translation>De cijfers worden berekend…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="210"/>
        <source>{first} to {last} ({zone}) · {brand}</source>
        <translation>{first} tot {last} ({zone}) · {brand}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="214"/>
        <source>no profile yet</source>
        <translation>nog geen profiel</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="239"/>
        <source>Write to the selected ambassador…</source>
        <translation>Schrijf de gekozen ambassadeur…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="295"/>
        <source>Saved: {path}</source>
        <translation>Bewaard: {path}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="301"/>
        <source>Folder for the CSV files</source>
        <translation>Map voor de CSV-bestanden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="307"/>
        <source>Save the report as JSON</source>
        <translation>Rapport als JSON bewaren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/insights_view.py" line="314"/>
        <source>Save the PDF report</source>
        <translation>PDF-rapport bewaren</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../cmstation/storage/labels.py" line="21"/>
        <source>There is already a label {name!r}.</source>
        <translation>Er is al een label {name!r}.</translation>
    </message>
    <message>
        <location filename="../cmstation/storage/labels.py" line="22"/>
        <source>A label needs a name.</source>
        <translation>Een label heeft een naam nodig.</translation>
    </message>
    <message>
        <location filename="../cmstation/storage/labels.py" line="23"/>
        <source>There is no label {name!r} (see: cmstation label list).</source>
        <translation>Er is geen label {name!r} (zie: cmstation label list).</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/labels_ui.py" line="179"/>
        <source>Only messages with this label</source>
        <extracomment>a label without a colour of its own a new label&apos;s colour until the user picks one (label colour: data, not the theme)</extracomment>
        <translation>Alleen berichten met dit label</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/labels_ui.py" line="188"/>
        <source>Any label</source>
        <translation>Elk label</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/labels_ui.py" line="216"/>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/labels_ui.py" line="220"/>
        <source>Labels of %n selected message(s):</source>
        <translation>Labels van %n geselecteerde bericht(en):</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/labels_ui.py" line="244"/>
        <source>New label</source>
        <translation>Nieuw label</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/labels_ui.py" line="246"/>
        <source>Colour…</source>
        <translation>Kleur…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/labels_ui.py" line="249"/>
        <source>Add</source>
        <translation>Toevoegen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/labels_ui.py" line="292"/>
        <source>Label colour</source>
        <translation>Labelkleur</translation>
    </message>
</context>
<context>
    <name>ListeningUi</name>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="17"/>
        <source>not swept yet</source>
        <translation>nog niet langs geweest</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="18"/>
        <source>ok</source>
        <translation>in orde</translation>
    </message>
    <message>
        <source>needs login</source>
        <translation type="vanished">opnieuw inloggen nodig</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="20"/>
        <source>paused until you log in again</source>
        <translation>gepauzeerd tot je opnieuw inlogt</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="21"/>
        <source>rate limited until {time}</source>
        <translation>afgeremd tot {time}</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="22"/>
        <source>rate limited</source>
        <translation>afgeremd</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="23"/>
        <source>offline</source>
        <translation>offline</translation>
    </message>
    <message>
        <source>{n} items skipped</source>
        <translation type="vanished">{n} items overgeslagen</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/listening/status_text.py" line="24"/>
        <source>%n item(s) skipped</source>
        <translation>
            <numerusform>%n item overgeslagen</numerusform>
            <numerusform>%n items overgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="25"/>
        <source>unreadable answer</source>
        <translation>onleesbaar antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="26"/>
        <source>server error</source>
        <translation>serverfout</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="27"/>
        <source>answered {share}%</source>
        <translation>{share}% beantwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="28"/>
        <source>nothing to answer yet</source>
        <translation>nog niets te beantwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="29"/>
        <source>median {hours} h</source>
        <translation>mediaan {hours} u</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/status_text.py" line="30"/>
        <source>{n} over 48 h</source>
        <translation>{n} ouder dan 48 u</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="161"/>
        <source>C&amp;hannels</source>
        <extracomment>After the counts change (a reply sent, a message marked), how soon the channels&apos; figures are read again (debounced: paging through the list changes counts too).</extracomment>
        <translation>&amp;Kanalen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="166"/>
        <source>Add channel…</source>
        <translation>Kanaal toevoegen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="168"/>
        <source>Add an item by hand…</source>
        <translation>Een item met de hand toevoegen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="172"/>
        <source>Sweep now</source>
        <translation>Nu luisteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="174"/>
        <source>Listen on every channel now (F5)</source>
        <translation>Nu op elk kanaal luisteren (F5)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="176"/>
        <source>Are my channels under control?</source>
        <translation>Heb ik mijn kanalen onder controle?</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="179"/>
        <source>Notify me of new complaints</source>
        <translation>Meld nieuwe klachten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="187"/>
        <source>Listening</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="80"/>
        <source>Added to the inbox.</source>
        <translation>Toegevoegd aan de inbox.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="82"/>
        <source>That item was already in the inbox.</source>
        <translation>Dat item stond al in de inbox.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="110"/>
        <source>Sweep this channel now</source>
        <translation>Nu op dit kanaal luisteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="276"/>
        <source>Nothing to sweep: manual and paused channels are not swept.</source>
        <translation>Niets om langs te gaan: op handmatige en gepauzeerde kanalen wordt niet geluisterd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="380"/>
        <source>paused</source>
        <translation>gepauzeerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="389"/>
        <source>{status} · see the note</source>
        <translation>{status} · zie de opmerking</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="413"/>
        <source>Listening is paused: this channel is not swept until you resume it in its Channel settings.</source>
        <translation>Luisteren is gepauzeerd: op dit kanaal wordt niet geluisterd tot je het weer aanzet in de Kanaalinstellingen.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="103"/>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="122"/>
        <source>Log in again…</source>
        <translation>Opnieuw inloggen…</translation>
    </message>
    <message>
        <source>needs login: paused until you log in again</source>
        <translation type="vanished">opnieuw inloggen nodig: gepauzeerd tot je opnieuw inlogt</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="115"/>
        <source>Listening is paused (see Channel settings).</source>
        <translation>Luisteren is gepauzeerd (zie Kanaalinstellingen).</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="127"/>
        <source>Requests…</source>
        <translation>Verzoeken…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="129"/>
        <source>Mentions and messages the network holds back</source>
        <translation>Vermeldingen en berichten die het netwerk tegenhoudt</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="135"/>
        <source>Channel settings…</source>
        <translation>Kanaalinstellingen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="140"/>
        <source>Remove channel…</source>
        <translation>Kanaal verwijderen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="186"/>
        <source>Saved the settings of {name}.</source>
        <translation>De instellingen van {name} zijn bewaard.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="214"/>
        <source>Remove {name}?</source>
        <translation>{name} verwijderen?</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="215"/>
        <source>This removes {name}, the messages it brought in and its login. It cannot be undone.</source>
        <translation>Hiermee verdwijnen {name}, de berichten die het binnenbracht en de login. Dit kan niet ongedaan worden.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/channel_actions.py" line="241"/>
        <source>Removed {name}.</source>
        <translation>{name} is verwijderd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="228"/>
        <source>A sweep is already running.</source>
        <translation>Er loopt al een ronde.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="245"/>
        <source>Sweeping one channel…</source>
        <translation>Ronde langs één kanaal…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="247"/>
        <source>Sweeping {n} channels…</source>
        <translation>Ronde langs {n} kanalen…</translation>
    </message>
    <message>
        <source>Nothing to sweep: manual channels are filled by hand.</source>
        <translation type="vanished">Niets om langs te gaan: handmatige kanalen vul je met de hand.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="280"/>
        <source>Swept: {n} new. Some channels need attention (see the navigation).</source>
        <translation>Ronde klaar: {n} nieuw. Sommige kanalen vragen aandacht (zie de navigatie).</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="285"/>
        <source>Swept at {time}: {n} new.</source>
        <translation>Ronde om {time}: {n} nieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="303"/>
        <source>The sweep stopped: {error}</source>
        <translation>De ronde is gestopt: {error}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/listening_ui.py" line="378"/>
        <source>filled by hand</source>
        <translation>met de hand gevuld</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="254"/>
        <source>Views and channels</source>
        <translation>Weergaven en kanalen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="255"/>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="256"/>
        <source>Conversation</source>
        <translation>Gesprek</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="257"/>
        <source>Your reply</source>
        <translation>Je antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="258"/>
        <source>Search messages and authors</source>
        <translation>Zoek in berichten en auteurs</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="320"/>
        <source>Search messages and authors  (/)</source>
        <translation>Zoek in berichten en auteurs  (/)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="331"/>
        <source>Save search</source>
        <translation>Zoekopdracht bewaren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="334"/>
        <source>Keep this search in the navigation, under Saved searches</source>
        <translation>Bewaar deze zoekopdracht in de navigatie, onder Bewaarde zoekopdrachten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="349"/>
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="350"/>
        <source>Any mood</source>
        <translation>Elke toon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="351"/>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="352"/>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="353"/>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="355"/>
        <source>Language of the message</source>
        <translation>Taal van het bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="356"/>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="357"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="358"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="360"/>
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="361"/>
        <source>Most urgent first</source>
        <translation>Dringendste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="362"/>
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="363"/>
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="399"/>
        <source>Replying from cmstation arrives in a later version.</source>
        <translation>Antwoorden vanuit cmstation komt in een volgende versie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/main_window.py" line="483"/>
        <source>{shown} of %n message(s) loaded</source>
        <translation>
            <numerusform>{shown} van %n bericht geladen</numerusform>
            <numerusform>{shown} van %n berichten geladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/main_window.py" line="486"/>
        <location filename="../cmstation/ui/shell/navigation.py" line="248"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n bericht</numerusform>
            <numerusform>%n berichten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/main_window.py" line="489"/>
        <source>%n need(s) a reply</source>
        <translation>
            <numerusform>%n wacht op antwoord</numerusform>
            <numerusform>%n wachten op antwoord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/main_window.py" line="490"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ongelezen</numerusform>
            <numerusform>%n ongelezen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/window_menus.py" line="62"/>
        <source>&amp;cmstation</source>
        <translation>&amp;cmstation</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/window_menus.py" line="64"/>
        <source>Explore the sample workspace</source>
        <translation>Verken de voorbeeldwerkruimte</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/window_menus.py" line="67"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/window_menus.py" line="72"/>
        <source>Follow the system</source>
        <translation>Volg het systeem</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/window_menus.py" line="83"/>
        <source>Profile…</source>
        <translation>Profiel…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/window_menus.py" line="87"/>
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/window_menus.py" line="91"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/window_menus.py" line="95"/>
        <source>Open log folder</source>
        <translation>Logmap openen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/window_menus.py" line="123"/>
        <source>No file manager could be started; the log is in {folder}</source>
        <translation>Er kon geen bestandsbeheerder starten; het log staat in {folder}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="80"/>
        <location filename="../cmstation/ui/shell/window_menus.py" line="92"/>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/window_menus.py" line="104"/>
        <source>The new language is used the next time cmstation starts.</source>
        <translation>De nieuwe taal wordt gebruikt bij de volgende start van cmstation.</translation>
    </message>
    <message>
        <source>j or ↓  next message
k or ↑  previous message
Enter  read the conversation
Esc  back to the list
e  mark done
i  ignore
/  search
Ctrl+Z  undo the last change
l  like (again: take it back)
b  boost
m  mute the author
h  hide a reply under your post
Shift+P  continue privately
Ctrl+N  new post</source>
        <translation type="vanished">j of ↓  volgend bericht
k of ↑  vorig bericht
Enter  het gesprek lezen
Esc  terug naar de lijst
e  als klaar markeren
i  negeren
/  zoeken
Ctrl+Z  de laatste wijziging ongedaan maken
l  leuk vinden (nog eens: intrekken)
b  boosten
m  de auteur dempen
h  een reactie onder je bericht verbergen
Shift+P  privé verdergaan
Ctrl+N  nieuw bericht</translation>
    </message>
    <message>
        <source>j or ↓  next message
k or ↑  previous message
Enter  read the conversation
Esc  back to the list
e  mark done
i  ignore
/  search
Ctrl+Z  undo the last change</source>
        <translation type="vanished">j of ↓  volgend bericht
k of ↑  vorig bericht
Enter  het gesprek lezen
Esc  terug naar de lijst
e  markeren als klaar
i  negeren
/  zoeken
Ctrl+Z  laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="71"/>
        <source>Needs reply</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="72"/>
        <source>Messages that wait for an answer, most urgent first</source>
        <translation>Berichten die op een antwoord wachten, dringendste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="76"/>
        <source>All messages</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="80"/>
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="81"/>
        <source>Answered or marked done</source>
        <translation>Beantwoord of als klaar gemarkeerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="83"/>
        <source>Ignored and spam</source>
        <translation>Genegeerd en spam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="87"/>
        <source>Snoozed</source>
        <translation>Gesnoozed</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="88"/>
        <source>Out of the lists until they wake, the soonest first (Z snoozes)</source>
        <translation>Uit de lijsten tot ze terugkomen, de eerste bovenaan (Z snoozet)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="95"/>
        <source>Drafts</source>
        <translation>Concepten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="96"/>
        <source>Replies being written</source>
        <translation>Antwoorden in de maak</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="101"/>
        <source>Outbox</source>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="102"/>
        <source>Replies on their way out</source>
        <translation>Antwoorden die onderweg zijn</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="107"/>
        <source>Insights</source>
        <translation>Inzichten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="108"/>
        <source>Responsiveness, reach, the engagement pyramid and the client report</source>
        <translation>Reactiesnelheid, bereik, de betrokkenheidspiramide en het klantrapport</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="113"/>
        <source>CHANNELS</source>
        <translation>KANALEN</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="118"/>
        <source>SAVED SEARCHES</source>
        <translation>BEWAARDE ZOEKOPDRACHTEN</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="151"/>
        <source>Search saved: {name}</source>
        <translation>Zoekopdracht bewaard: {name}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="260"/>
        <source>%n snoozed</source>
        <translation>%n gesnoozed</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="59"/>
        <source>Nothing matches “{query}”. Try fewer or other words.</source>
        <translation>Niets gevonden voor “{query}”. Probeer minder of andere woorden.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="63"/>
        <source>No messages match these filters.</source>
        <translation>Geen berichten voor deze filters.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="65"/>
        <source>Nothing needs a reply right now. Well done!</source>
        <translation>Niets wacht nu op antwoord. Goed gedaan!</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="69"/>
        <source>Nothing ignored or marked as spam.</source>
        <translation>Niets genegeerd of als spam gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="71"/>
        <source>Nothing is done yet. Press e on a message to mark it done.</source>
        <translation>Nog niets klaar. Druk op e bij een bericht om het als klaar te markeren.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="74"/>
        <source>No messages yet. New mentions appear here after the next sweep.</source>
        <translation>Nog geen berichten. Nieuwe vermeldingen verschijnen hier na de volgende ronde.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="233"/>
        <source>Marked done. Ctrl+Z undoes.</source>
        <translation>Gemarkeerd als klaar. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="235"/>
        <source>Ignored. Ctrl+Z undoes.</source>
        <translation>Genegeerd. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="248"/>
        <source>Nothing to undo.</source>
        <translation>Niets om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="253"/>
        <location filename="../cmstation/ui/inbox/inbox_actions.py" line="266"/>
        <source>Undone.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message>
        <source>{n} need a reply</source>
        <translation type="vanished">{n} wachten op antwoord</translation>
    </message>
    <message>
        <source>{n} unread</source>
        <translation type="vanished">{n} ongelezen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/navigation.py" line="267"/>
        <source>{needs} need a reply, {unread} unread</source>
        <translation>{needs} wachten op antwoord, {unread} ongelezen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="480"/>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>{shown} of {total} messages loaded</source>
        <translation type="vanished">{shown} van {total} berichten geladen</translation>
    </message>
    <message>
        <source>{shown} messages loaded</source>
        <translation type="vanished">{shown} berichten geladen</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation type="vanished">Er ging iets mis: {error}</translation>
    </message>
    <message>
        <source>Set up your first channel</source>
        <translation type="vanished">Stel je eerste kanaal in</translation>
    </message>
    <message>
        <source>Connecting a Mastodon account, a Bluesky account or a feed arrives in the next version of cmstation. Until then, explore the sample workspace to see how the inbox works.</source>
        <translation type="vanished">Een Mastodon-account, een Bluesky-account of een feed koppelen kan vanaf de volgende versie van cmstation. Verken tot die tijd de voorbeeldwerkruimte om te zien hoe de inbox werkt.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/main_window.py" line="507"/>
        <source>cmstation</source>
        <translation>cmstation</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="41"/>
        <source>&amp;Message</source>
        <extracomment>Single keys, like j/k/e/i (the composer&apos;s text field keeps its own keys).</extracomment>
        <translation>&amp;Bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="45"/>
        <source>New post…</source>
        <translation>Nieuw bericht…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="62"/>
        <source>Continue privately</source>
        <translation>Privé verdergaan</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="110"/>
        <source>Your post is queued; it goes out next.</source>
        <translation>Je bericht staat in de wachtrij; het gaat als volgende weg.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="148"/>
        <source>{action} is not possible here.</source>
        <translation>{action} kan hier niet.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/reaction_actions.py" line="183"/>
        <source>Taken back before it was sent: nothing goes.</source>
        <translation>Ingetrokken voordat het verstuurd werd: er gaat niets.</translation>
    </message>
</context>
<context>
    <name>ManualItemDialog</name>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="53"/>
        <source>Add an item by hand</source>
        <translation>Een item met de hand toevoegen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="64"/>
        <source>Items added by hand go to a manual channel, and there is none yet. Set one up first (it needs no login).</source>
        <translation>Items die je met de hand toevoegt gaan naar een handmatig kanaal, en dat is er nog niet. Stel er eerst een in (er is geen login voor nodig).</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="72"/>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="125"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="74"/>
        <source>Set up a manual channel…</source>
        <translation>Een handmatig kanaal instellen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="85"/>
        <source>Paste a message you found on another network. It joins the inbox like any mention; answer it there and mark it answered here.</source>
        <translation>Plak een bericht dat je op een ander netwerk vond. Het komt in de inbox zoals elke vermelding; beantwoord het daar en markeer het hier als beantwoord.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="97"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="102"/>
        <source>The text of the message</source>
        <translation>De tekst van het bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="105"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="109"/>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="112"/>
        <source>Who wrote it</source>
        <translation>Wie het schreef</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="113"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="118"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/manual_item_dialog.py" line="125"/>
        <source>Add to the inbox</source>
        <translation>Aan de inbox toevoegen</translation>
    </message>
</context>
<context>
    <name>Mastery</name>
    <message>
        <location filename="../cmstation/insights/mastery.py" line="36"/>
        <source>Handled {handled} of {needed} messages that needed a reply ({share}%; at least {min}%)</source>
        <translation>{handled} van de {needed} berichten die antwoord nodig hadden afgehandeld ({share}%; minstens {min}%)</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery.py" line="40"/>
        <source>No message needed a reply in the last {days} days, so there is nothing to measure yet</source>
        <translation>De afgelopen {days} dagen had geen enkel bericht een antwoord nodig, dus er valt nog niets te meten</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery.py" line="44"/>
        <source>Median first response {hours} h (target: at most {target} h)</source>
        <translation>Mediane eerste reactietijd {hours} u (doel: hoogstens {target} u)</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery.py" line="47"/>
        <source>No replies yet to measure the response time</source>
        <translation>Nog geen antwoorden om de reactietijd te meten</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery.py" line="48"/>
        <source>Only listening so far: nothing needed a reply in the last {days} days, and feeds ask for no answers</source>
        <translation>Tot nu toe alleen luisteren: niets wachtte op antwoord in de afgelopen {days} dagen, en feeds vragen geen antwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/insights/mastery.py" line="56"/>
        <source>{overdue} messages waiting for a reply for more than {hours} h (allowed: none)</source>
        <extracomment>Channel kinds that only listen: nothing is ever answered on them from cmstation.</extracomment>
        <translation>{overdue} berichten wachten al meer dan {hours} u op antwoord (toegestaan: geen)</translation>
    </message>
</context>
<context>
    <name>MasteryGateDialog</name>
    <message>
        <location filename="../cmstation/ui/listening/mastery_gate_dialog.py" line="193"/>
        <source>Are your channels under control?</source>
        <translation>Heb je je kanalen onder controle?</translation>
    </message>
</context>
<context>
    <name>MasteryGatePanel</name>
    <message>
        <location filename="../cmstation/ui/listening/mastery_gate_dialog.py" line="64"/>
        <source>Why add another channel now? (kept in the event log)</source>
        <translation>Waarom nu nog een kanaal? (wordt in het logboek bewaard)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/mastery_gate_dialog.py" line="70"/>
        <source>For example: the shop opens a second location and needs its own account.</source>
        <translation>Bijvoorbeeld: de winkel opent een tweede vestiging die een eigen account nodig heeft.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/mastery_gate_dialog.py" line="115"/>
        <source>cmstation keeps you to at most {max} channels, so the work stays doable. Your channels over the last {days} days:</source>
        <translation>cmstation houdt je bij hoogstens {max} kanalen, zodat het werk te doen blijft. Je kanalen in de afgelopen {days} dagen:</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/mastery_gate_dialog.py" line="122"/>
        <source>cmstation keeps you to at most {max} channels, so the work stays doable.</source>
        <translation>cmstation houdt je op hoogstens {max} kanalen, zodat het werk te doen blijft.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/mastery_gate_dialog.py" line="128"/>
        <source>Start with one channel and master it before adding the next. Your channels over the last {days} days:</source>
        <translation>Begin met één kanaal en beheers het voordat je het volgende toevoegt. Je kanalen over de afgelopen {days} dagen:</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/mastery_gate_dialog.py" line="153"/>
        <source>Your channels are under control: you may add another one.</source>
        <translation>Je kanalen zijn onder controle: je mag er een toevoegen.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/mastery_gate_dialog.py" line="159"/>
        <source>Not yet: answer what waits and keep the response time down first. You can still add a channel if you write down why.</source>
        <translation>Nog niet: beantwoord eerst wat wacht en houd de reactietijd laag. Je kunt toch een kanaal toevoegen als je opschrijft waarom.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/mastery_gate_dialog.py" line="174"/>
        <source>Per channel:</source>
        <translation>Per kanaal:</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="79"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="77"/>
        <source>You ({name})</source>
        <translation>Jij ({name})</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="77"/>
        <source>You</source>
        <translation>Jij</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="108"/>
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="119"/>
        <source>private message</source>
        <translation>privébericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="121"/>
        <source>quoted you</source>
        <translation>heeft je gequote</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="123"/>
        <source>your post</source>
        <translation>je bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="125"/>
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="127"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="130"/>
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="131"/>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="132"/>
        <source>positive</source>
        <translation>positief</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="254"/>
        <source>!</source>
        <comment>priority column</comment>
        <translation>!</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="255"/>
        <source>Mood</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="256"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="257"/>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="258"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="259"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="263"/>
        <source>Priority: complaints first, then questions</source>
        <translation>Prioriteit: eerst klachten, dan vragen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="264"/>
        <source>Sentiment of the message</source>
        <translation>Sentiment van het bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="329"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="342"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="343"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="344"/>
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="345"/>
        <source>By hand</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="352"/>
        <source>Complaint: answer this first</source>
        <translation>Klacht: beantwoord deze eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="354"/>
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="358"/>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="359"/>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/message_table_model.py" line="360"/>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
</context>
<context>
    <name>NewPostDialog</name>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="55"/>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="196"/>
        <source>New post</source>
        <extracomment>the post was queued (outbox id)</extracomment>
        <translation>Nieuw bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="59"/>
        <source>Post on</source>
        <translation>Plaatsen op</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="71"/>
        <source>Start a conversation: ask, share, thank. No megaphone.</source>
        <translation>Begin een gesprek: vraag, deel, bedank. Geen megafoon.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="84"/>
        <source>Keep as draft</source>
        <translation>Als concept bewaren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="87"/>
        <source>Post later…</source>
        <translation>Later plaatsen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="90"/>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="163"/>
        <source>Post</source>
        <translation>Plaatsen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="97"/>
        <source>Add a Mastodon or Bluesky channel first: cmstation posts there.</source>
        <translation>Voeg eerst een Mastodon- of Bluesky-kanaal toe: daar plaatst cmstation.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="147"/>
        <source>Keep editing</source>
        <translation>Verder bewerken</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="159"/>
        <source>This post cannot go out as it is</source>
        <translation>Dit bericht kan zo niet weg</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="161"/>
        <source>Post with remarks?</source>
        <translation>Plaatsen met opmerkingen?</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="162"/>
        <source>The checks have remarks:

{lines}</source>
        <translation>De controles hebben opmerkingen:

{lines}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/new_post_dialog.py" line="163"/>
        <source>Post anyway</source>
        <translation>Toch plaatsen</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../cmstation/outbox/worker.py" line="46"/>
        <source>Rate limited; will try again at {time}.</source>
        <translation>Even te veel verzoeken; nieuwe poging om {time}.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/worker.py" line="47"/>
        <source>Offline; will try again at {time}.</source>
        <translation>Geen verbinding; nieuwe poging om {time}.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/worker.py" line="34"/>
        <source>Held: the message you answered was deleted. Cancel the reply or post it elsewhere.</source>
        <extracomment>How long a request of a process that died mid-send may still reach the server (connect and read timeouts and the answer&apos;s deadline, with a margin): a reply found interrupted sooner than this waits, then is looked for again before it is sent again.</extracomment>
        <translation>Tegengehouden: het bericht waarop je antwoordt is verwijderd. Annuleer het antwoord of plaats het ergens anders.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/worker.py" line="37"/>
        <source>Held: a new reply arrived since you wrote this (perhaps it is already solved): {sample}</source>
        <translation>Tegengehouden: er kwam een nieuwe reactie sinds je dit schreef (misschien is het al opgelost): {sample}</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/worker.py" line="41"/>
        <source>Held: {count} new replies arrived since you wrote this (perhaps it is already solved): {sample}</source>
        <translation>Tegengehouden: er kwamen {count} nieuwe reacties sinds je dit schreef (misschien is het al opgelost): {sample}</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/worker.py" line="48"/>
        <source>Held: log in to this channel again, then release the reply. ({detail})</source>
        <translation>Tegengehouden: log opnieuw in bij dit kanaal en geef het antwoord dan vrij. ({detail})</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/worker.py" line="51"/>
        <source>Held: the network refused this reply: {detail}</source>
        <translation>Tegengehouden: het netwerk weigerde dit antwoord: {detail}</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/worker.py" line="52"/>
        <source>Held by you.</source>
        <translation>Door jou tegengehouden.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/worker.py" line="53"/>
        <source>Waiting until {time}: an earlier attempt to send this was cut off and may still arrive. cmstation looks again before it sends.</source>
        <translation>Wacht tot {time}: een eerdere poging om dit te versturen werd afgebroken en kan nog aankomen. cmstation kijkt opnieuw voordat het verstuurt.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/outbox_pass.py" line="24"/>
        <source>Held: this is the sample workspace. Its channels are made up and cannot send; connect your own account to send replies.</source>
        <extracomment>Why nothing leaves the sample workspace (its channels are made up).</extracomment>
        <translation>Vastgehouden: dit is de voorbeeldwerkruimte. De kanalen zijn verzonnen en kunnen niets versturen; koppel je eigen account om antwoorden te versturen.</translation>
    </message>
</context>
<context>
    <name>OutboxTableModel</name>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="110"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="111"/>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="112"/>
        <source>Answers</source>
        <translation>Antwoordt op</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="113"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="114"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="122"/>
        <source>Queued</source>
        <translation>Klaargezet</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="123"/>
        <source>Sending</source>
        <translation>Wordt verstuurd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="124"/>
        <source>Sent</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="125"/>
        <source>Held</source>
        <translation>Tegengehouden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="126"/>
        <source>Failed</source>
        <translation>Mislukt</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="127"/>
        <source>Cancelled</source>
        <translation>Geannuleerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="132"/>
        <source>sent {time}</source>
        <translation>verstuurd {time}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="134"/>
        <source>from {time}</source>
        <translation>vanaf {time}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="135"/>
        <source>queued {time}</source>
        <translation>klaargezet {time}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="139"/>
        <source>(a new post)</source>
        <translation>(een nieuw bericht)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_table_model.py" line="140"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
</context>
<context>
    <name>OutboxUi</name>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="517"/>
        <source>Offline: your reply is in the outbox and will go when the connection is back</source>
        <translation>Offline: je antwoord staat in het postvak uit en gaat zodra de verbinding terug is</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="521"/>
        <source>%n reply(s) sent from the outbox.</source>
        <translation>
            <numerusform>%n antwoord verstuurd uit de wachtrij.</numerusform>
            <numerusform>%n antwoorden verstuurd uit de wachtrij.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="525"/>
        <source>%n reply(s) held in the outbox; see the reason there.</source>
        <translation>
            <numerusform>%n antwoord vastgehouden in de wachtrij; zie daar de reden.</numerusform>
            <numerusform>%n antwoorden vastgehouden in de wachtrij; zie daar de redenen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="580"/>
        <source>%n reply(s) being written</source>
        <translation>
            <numerusform>%n antwoord in de maak</numerusform>
            <numerusform>%n antwoorden in de maak</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="581"/>
        <source>%n reply(s) waiting to go</source>
        <translation>
            <numerusform>%n antwoord wacht om te gaan</numerusform>
            <numerusform>%n antwoorden wachten om te gaan</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} replies sent from the outbox.</source>
        <translation type="vanished">{n} antwoorden verstuurd uit het postvak uit.</translation>
    </message>
    <message>
        <source>{n} replies held in the outbox; see the reason there.</source>
        <translation type="vanished">{n} antwoorden tegengehouden in het postvak uit; de reden staat daar.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="545"/>
        <source>The outbox could not send: {error}</source>
        <translation>Het postvak uit kon niet versturen: {error}</translation>
    </message>
    <message>
        <source>{n} replies being written</source>
        <translation type="vanished">{n} antwoorden in de maak</translation>
    </message>
    <message>
        <source>{n} replies waiting to go</source>
        <translation type="vanished">{n} antwoorden wachten om te gaan</translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="91"/>
        <source>Outbox</source>
        <extracomment>asks yes/no; replaced in tests</extracomment>
        <translation>Postvak uit</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="92"/>
        <source>Show sent and cancelled</source>
        <translation>Verstuurde en geannuleerde tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="96"/>
        <source>Try sending now</source>
        <translation>Nu proberen te versturen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="98"/>
        <source>Send every queued reply that may go now, without waiting for the next try</source>
        <translation>Verstuur elk klaargezet antwoord dat nu mag gaan, zonder op de volgende poging te wachten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="123"/>
        <source>The outbox is empty. Replies you send wait here while there is no connection or until the time you chose.</source>
        <translation>Het postvak uit is leeg. Antwoorden die je verstuurt wachten hier zolang er geen verbinding is of tot het tijdstip dat je koos.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="159"/>
        <source>Your reply</source>
        <translation>Je antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="170"/>
        <source>Save changes</source>
        <translation>Wijzigingen opslaan</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="172"/>
        <source>Send now</source>
        <translation>Nu versturen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="173"/>
        <source>Send this reply at the next try, not later</source>
        <translation>Verstuur dit antwoord bij de volgende poging, niet later</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="175"/>
        <source>Hold</source>
        <translation>Tegenhouden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="176"/>
        <source>Keep this reply back until you release it</source>
        <translation>Houd dit antwoord tegen tot je het vrijgeeft</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="178"/>
        <source>Release</source>
        <translation>Vrijgeven</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="180"/>
        <source>Let this reply go (you have seen what changed)</source>
        <translation>Laat dit antwoord gaan (je hebt gezien wat er veranderde)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="182"/>
        <source>Cancel reply</source>
        <translation>Antwoord annuleren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="183"/>
        <source>Never send this reply</source>
        <translation>Dit antwoord nooit versturen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="218"/>
        <source>{pending} waiting to go, {held} held</source>
        <translation>{pending} wachten om te gaan, {held} tegengehouden</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="263"/>
        <source>%n try(s)</source>
        <translation>
            <numerusform>%n poging</numerusform>
            <numerusform>%n pogingen</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} tries</source>
        <translation type="vanished">{n} pogingen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="274"/>
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="276"/>
        <source>In answer to {who}:</source>
        <translation>Als antwoord aan {who}:</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="279"/>
        <source>A new post, not an answer.</source>
        <translation>Een nieuw bericht, geen antwoord.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="307"/>
        <source>That reply has already moved on (sent or being sent); nothing changed.</source>
        <translation>Dat antwoord is al verder (verstuurd of onderweg); er is niets veranderd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="319"/>
        <source>The outbox could not be changed: {error}</source>
        <translation>Het postvak uit kon niet worden gewijzigd: {error}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="330"/>
        <source>Reply changed.</source>
        <translation>Antwoord gewijzigd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="346"/>
        <source>The reply goes at once.</source>
        <translation>Het antwoord gaat meteen.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="358"/>
        <source>Reply held; it waits until you release it.</source>
        <translation>Antwoord tegengehouden; het wacht tot je het vrijgeeft.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="376"/>
        <source>Reply released; it goes at the next try.</source>
        <translation>Antwoord vrijgegeven; het gaat bij de volgende poging.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="383"/>
        <source>Cancel this reply?</source>
        <translation>Dit antwoord annuleren?</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="384"/>
        <source>The reply will never be sent. Its text stays visible here.</source>
        <translation>Het antwoord wordt nooit verstuurd. De tekst blijft hier zichtbaar.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="388"/>
        <source>Reply cancelled.</source>
        <translation>Antwoord geannuleerd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="392"/>
        <source>Cancel the reply</source>
        <translation>Het antwoord annuleren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="393"/>
        <source>Keep it</source>
        <translation>Bewaren</translation>
    </message>
</context>
<context>
    <name>ProfileDialog</name>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="79"/>
        <source>Your profile</source>
        <translation>Je profiel</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="85"/>
        <source>The person who answers. Replies are signed with your sign-off, so people know who they talk to.</source>
        <translation>De persoon die antwoordt. Antwoorden krijgen jouw ondertekening, zodat mensen weten met wie ze praten.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="104"/>
        <source>A picture file on this computer</source>
        <translation>Een afbeelding op deze computer</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="107"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="111"/>
        <source>e.g. Eva de Vries</source>
        <translation>bv. Eva de Vries</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="112"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="114"/>
        <source>e.g. webcare</source>
        <translation>bv. webcare</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="115"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="116"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="119"/>
        <source>Sign-off</source>
        <translation>Ondertekening</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="120"/>
        <source>Added at the end of the message.</source>
        <translation>Komt aan het eind van het bericht.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="125"/>
        <source>On Mastodon</source>
        <translation>Op Mastodon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="126"/>
        <source>On Bluesky</source>
        <translation>Op Bluesky</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="127"/>
        <source>On feeds</source>
        <translation>Bij feeds</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="128"/>
        <source>By hand</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="131"/>
        <source>the same as above</source>
        <translation>hetzelfde als hierboven</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="134"/>
        <source>Who answers</source>
        <translation>Wie antwoordt</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="140"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="141"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="147"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="149"/>
        <source>je (informal)</source>
        <translation>je (informeel)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="150"/>
        <source>u (formal)</source>
        <translation>u (formeel)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="151"/>
        <source>No preference</source>
        <translation>Geen voorkeur</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="153"/>
        <source>Dutch register</source>
        <translation>Aanspreekvorm in het Nederlands</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="159"/>
        <source>Mon</source>
        <translation>ma</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="160"/>
        <source>Tue</source>
        <translation>di</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="161"/>
        <source>Wed</source>
        <translation>wo</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="162"/>
        <source>Thu</source>
        <translation>do</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="163"/>
        <source>Fri</source>
        <translation>vr</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="164"/>
        <source>Sat</source>
        <translation>za</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="165"/>
        <source>Sun</source>
        <translation>zo</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="173"/>
        <source>Working days</source>
        <translation>Werkdagen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="183"/>
        <source>Working hours</source>
        <translation>Werktijden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="186"/>
        <source> hours</source>
        <translation> uur</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="188"/>
        <source>Answer within a day at the latest; hours is better.</source>
        <translation>Antwoord uiterlijk binnen een dag; binnen een paar uur is beter.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="189"/>
        <source>Answer within</source>
        <translation>Antwoord binnen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="190"/>
        <source>How you answer</source>
        <translation>Hoe je antwoordt</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="195"/>
        <source>Brand words: never flagged (one per line)</source>
        <translation>Merkwoorden: nooit gemarkeerd (één per regel)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="200"/>
        <source>Your banned phrases: always flagged (one per line)</source>
        <translation>Je verboden zinnen: altijd gemarkeerd (één per regel)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="205"/>
        <source>Words</source>
        <translation>Woorden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="224"/>
        <source>Choose a photo</source>
        <translation>Kies een foto</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="226"/>
        <source>Images (*.png *.jpg *.jpeg *.webp *.bmp)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="235"/>
        <source>no photo</source>
        <translation>geen foto</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="239"/>
        <source>This file cannot be read as a picture.</source>
        <translation>Dit bestand kan niet als afbeelding worden gelezen.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="274"/>
        <source>Choose at least one language.</source>
        <translation>Kies minstens één taal.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/profile_dialog.py" line="278"/>
        <source>The working day must end after it starts.</source>
        <translation>De werkdag moet eindigen nadat hij begint.</translation>
    </message>
</context>
<context>
    <name>ReplyChecks</name>
    <message>
        <location filename="../cmstation/compose/model.py" line="44"/>
        <source>Corporate jargon</source>
        <extracomment>The categories of DESIGN.md, &quot;Reply checks&quot;, in the order the composer lists them. Short labels for the composer&apos;s list (translate with context &quot;ReplyChecks&quot;).</extracomment>
        <translation>Bedrijfsjargon</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="45"/>
        <source>Sales talk</source>
        <translation>Verkooppraat</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="46"/>
        <source>Shouting</source>
        <translation>Schreeuwen</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="47"/>
        <source>Too many hashtags</source>
        <translation>Te veel hashtags</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="48"/>
        <source>No empathy</source>
        <translation>Geen empathie</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="49"/>
        <source>Defensive</source>
        <translation>Defensief</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="50"/>
        <source>No sign-off</source>
        <translation>Geen ondertekening</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="51"/>
        <source>Register</source>
        <translation>Aanspreekvorm</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="52"/>
        <source>Too long</source>
        <translation>Te lang</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="53"/>
        <source>Only a link</source>
        <translation>Alleen een link</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="54"/>
        <source>Passive voice</source>
        <translation>Lijdende vorm</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="55"/>
        <source>Private data</source>
        <translation>Privégegevens</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/model.py" line="56"/>
        <source>Canned answer</source>
        <translation>Standaardantwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="43"/>
        <source>A scripted service phrase. Say it the way you would at the counter.</source>
        <extracomment>True when the rule points at words (so brand words in that span cancel it). Every rule the checker knows. Data rules name their phrases in the TOML files.</extracomment>
        <translation>Een ingestudeerde servicezin. Zeg het zoals je het aan de balie zou zeggen.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="51"/>
        <source>Officialese. A plainer word reads more like a person.</source>
        <translation>Ambtelijke taal. Een gewoner woord klinkt menselijker.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="59"/>
        <source>A phrase on your own banned list.</source>
        <translation>Een zin die op je eigen verbodslijst staat.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="65"/>
        <source>Sales talk in a reply. Answer the question; leave the promotion out.</source>
        <translation>Verkooppraat in een antwoord. Beantwoord de vraag; laat de reclame weg.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="74"/>
        <source>Several words in capitals read as shouting.</source>
        <translation>Meerdere woorden in hoofdletters komen over als schreeuwen.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="80"/>
        <source>Stacked exclamation or question marks read as shouting.</source>
        <translation>Opgestapelde uitroep- of vraagtekens komen over als schreeuwen.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="88"/>
        <source>More than two hashtags ({count}) make a reply look like an advert.</source>
        <translation>Meer dan twee hashtags ({count}) laten een antwoord op een advertentie lijken.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="96"/>
        <source>The message you answer is negative, and the reply neither acknowledges it, apologises nor thanks.</source>
        <translation>Het bericht is negatief, maar je antwoord erkent dat niet, biedt geen excuses aan en bedankt niet.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="106"/>
        <source>This puts the blame on the customer.</source>
        <translation>Dit legt de schuld bij de klant.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="112"/>
        <source>This hints that the customer should have known better. Help first, explain after.</source>
        <translation>Dit klinkt alsof de klant het beter had moeten weten. Help eerst, leg daarna uit.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="121"/>
        <source>Hiding behind policy. Explain what you can do instead.</source>
        <translation>Verschuilen achter beleid. Leg liever uit wat je wel kunt doen.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="129"/>
        <source>Your sign-off “{signature}” is missing.</source>
        <translation>Je ondertekening “{signature}” ontbreekt.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="136"/>
        <source>Your sign-off “{signature}” runs into the text. Put it on a line of its own at the end.</source>
        <translation>Je ondertekening “{signature}” loopt over in de tekst. Zet hem op een eigen regel aan het eind.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="146"/>
        <source>The reply mixes “u” and “je”. Pick one.</source>
        <translation>Het antwoord mengt “u” en “je”. Kies er één.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="153"/>
        <source>Your profile says the brand uses “{register}”.</source>
        <translation>Volgens je profiel gebruikt het merk “{register}”.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="160"/>
        <source>Letter-style wording in a conversation. Write as you would talk.</source>
        <translation>Briefstijl in een gesprek. Schrijf zoals je zou praten.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="169"/>
        <source>Over the limit ({count} of {limit}): this will not fit in one post.</source>
        <translation>Te lang ({count} van {limit}): dit past niet in één bericht.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="178"/>
        <source>Little more than a link. Answer in a sentence and add the link.</source>
        <translation>Weinig meer dan een link. Antwoord in een zin en voeg de link toe.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="187"/>
        <source>Sending people to the FAQ is not an answer. Give the answer, then the link.</source>
        <translation>Mensen naar de veelgestelde vragen sturen is geen antwoord. Geef het antwoord, dan de link.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="196"/>
        <source>A passive hides who made the mistake. Say “we”.</source>
        <translation>Een lijdende vorm verbergt wie de fout maakte. Zeg “we”.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="202"/>
        <source>A passive hides who takes care of this. Say who does it: “I’ll …”, “we’ve …”.</source>
        <translation>Een lijdende vorm verbergt wie dit regelt. Zeg wie het doet: “ik …”, “we hebben …”.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="211"/>
        <source>A passive without anyone doing it. “We” often reads warmer.</source>
        <translation>Een lijdende vorm zonder iemand die het doet. “We” klinkt vaak warmer.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="219"/>
        <source>This asks for private details in public. Ask for them in a direct message.</source>
        <translation>Dit vraagt in het openbaar om privégegevens. Vraag ze in een privébericht.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="228"/>
        <source>This shows private details in public.</source>
        <translation>Dit toont privégegevens in het openbaar.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="234"/>
        <source>Almost the same as a recent reply ({percent}%). Canned answers are what customers notice first.</source>
        <translation>Bijna hetzelfde als een recent antwoord ({percent}%). Standaardantwoorden vallen klanten als eerste op.</translation>
    </message>
    <message>
        <location filename="../cmstation/compose/rules.py" line="244"/>
        <source>An unfilled placeholder: {placeholder}.</source>
        <translation>Een niet-ingevulde plaatsaanduiding: {placeholder}.</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../cmstation/ui/insights/report_pdf.py" line="97"/>
        <location filename="../cmstation/ui/insights/report_pdf.py" line="166"/>
        <source>Social media report</source>
        <extracomment>responsiveness has many columns: the client gets these the face of the company on top of the report, in pixels of the embedded image</extracomment>
        <translation>Socialemediarapport</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/report_pdf.py" line="99"/>
        <source>{first} to {last}</source>
        <translation>{first} tot {last}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/insights/report_pdf.py" line="102"/>
        <source>no channels</source>
        <translation>geen kanalen</translation>
    </message>
</context>
<context>
    <name>Requests</name>
    <message>
        <location filename="../cmstation/listening/requests.py" line="22"/>
        <source>{channel} has no requests to accept or dismiss.</source>
        <translation>{channel} heeft geen verzoeken om te accepteren of af te wijzen.</translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message>
        <location filename="../cmstation/ui/listening/requests_dialog.py" line="45"/>
        <source>Requests on {channel}</source>
        <extracomment>a request was settled (its id) the list was (re)loaded</extracomment>
        <translation>Verzoeken op {channel}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/requests_dialog.py" line="50"/>
        <source>The network holds these back: mentions from new or not-followed accounts, or chats from people you don&apos;t follow. Their messages are in your inbox already.</source>
        <translation>Het netwerk houdt deze tegen: vermeldingen van nieuwe of niet-gevolgde accounts, of chats van mensen die je niet volgt. Hun berichten staan al in je inbox.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/requests_dialog.py" line="57"/>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/requests_dialog.py" line="57"/>
        <source>Waiting</source>
        <translation>Wachtend</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/requests_dialog.py" line="61"/>
        <source>Asking the network…</source>
        <translation>Het netwerk wordt gevraagd…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/requests_dialog.py" line="66"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/requests_dialog.py" line="68"/>
        <source>Dismiss</source>
        <translation>Afwijzen</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/listening/requests_dialog.py" line="98"/>
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n verzoek wacht.</numerusform>
            <numerusform>%n verzoeken wachten.</numerusform>
        </translation>
    </message>
    <message>
        <source>{n} requests waiting.</source>
        <translation type="vanished">{n} verzoeken wachten.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/requests_dialog.py" line="100"/>
        <source>No requests waiting.</source>
        <translation>Geen verzoeken die wachten.</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <location filename="../cmstation/core/rules_toml.py" line="31"/>
        <source>The rules are not valid TOML: {reason}</source>
        <translation>De regels zijn geen geldige TOML: {reason}</translation>
    </message>
    <message>
        <location filename="../cmstation/core/rules_toml.py" line="32"/>
        <source>Rule {index} has no name.</source>
        <translation>Regel {index} heeft geen naam.</translation>
    </message>
    <message>
        <location filename="../cmstation/core/rules_toml.py" line="33"/>
        <source>Rule {name!r}: unknown setting {key!r} (known: {known}).</source>
        <translation>Regel {name!r}: onbekende instelling {key!r} (bekend: {known}).</translation>
    </message>
    <message>
        <location filename="../cmstation/core/rules_toml.py" line="36"/>
        <source>Rule {name!r}: {key} cannot be {value!r}.</source>
        <translation>Regel {name!r}: {key} kan niet {value!r} zijn.</translation>
    </message>
    <message>
        <location filename="../cmstation/core/rules_toml.py" line="37"/>
        <source>Rule {name!r} does nothing: give it an action.</source>
        <translation>Regel {name!r} doet niets: geef hem een actie.</translation>
    </message>
    <message>
        <location filename="../cmstation/core/rules_toml.py" line="38"/>
        <source>Rule {name!r} would act on every message: give it a condition.</source>
        <translation>Regel {name!r} zou op elk bericht werken: geef hem een voorwaarde.</translation>
    </message>
    <message>
        <location filename="../cmstation/core/rules_toml.py" line="41"/>
        <source>Two rules are called {name!r}.</source>
        <translation>Twee regels heten {name!r}.</translation>
    </message>
    <message>
        <location filename="../cmstation/storage/rules.py" line="24"/>
        <source>There is already a rule {name!r}.</source>
        <translation>Er is al een regel {name!r}.</translation>
    </message>
    <message>
        <location filename="../cmstation/storage/rules.py" line="25"/>
        <source>There is no rule {name!r} (see: cmstation rule list).</source>
        <translation>Er is geen regel {name!r} (zie: cmstation rule list).</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="63"/>
        <source>Edit rule</source>
        <translation>Regel bewerken</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="65"/>
        <source>New rule</source>
        <translation>Nieuwe regel</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="69"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="70"/>
        <source>When a new message…</source>
        <translation>Als een nieuw bericht…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="73"/>
        <source>every one of these words</source>
        <translation>al deze woorden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="75"/>
        <source>Has the words</source>
        <translation>Bevat de woorden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="78"/>
        <source>refund, geld terug</source>
        <translation>refund, geld terug</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="81"/>
        <source>Has any of (comma between)</source>
        <translation>Bevat een van (komma ertussen)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="85"/>
        <source>any language</source>
        <translation>elke taal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="86"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="87"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="90"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="93"/>
        <source>any mood</source>
        <translation>elke stemming</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="94"/>
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="95"/>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="96"/>
        <source>positive</source>
        <translation>positief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="99"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="100"/>
        <source>only complaints</source>
        <translation>alleen klachten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="104"/>
        <source>a channel&apos;s name or kind, e.g. bluesky</source>
        <translation>de naam of soort van een kanaal, bijv. bluesky</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="106"/>
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="108"/>
        <source>any kind</source>
        <translation>elke soort</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="111"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="114"/>
        <source>From (comma between)</source>
        <translation>Van (komma ertussen)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="115"/>
        <source>only VIPs</source>
        <translation>alleen VIP&apos;s</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="116"/>
        <source>only with a link</source>
        <translation>alleen met een link</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="121"/>
        <source>any</source>
        <translation>elk</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="123"/>
        <source>At least followers</source>
        <translation>Minimaal aantal volgers</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="125"/>
        <source>…then</source>
        <translation>…dan</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="128"/>
        <source>labels to add, comma between</source>
        <translation>toe te voegen labels, komma ertussen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="130"/>
        <source>Add labels</source>
        <translation>Labels toevoegen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="133"/>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="143"/>
        <source>leave as it is</source>
        <translation>laten zoals het is</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="134"/>
        <source>needs a reply</source>
        <translation>wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="135"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="136"/>
        <source>ignored</source>
        <translation>genegeerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="137"/>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="140"/>
        <source>Mark as</source>
        <translation>Markeren als</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="144"/>
        <source>low</source>
        <translation>laag</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="145"/>
        <source>normal</source>
        <translation>normaal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="146"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="147"/>
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="150"/>
        <source>Priority</source>
        <translation>Prioriteit</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="151"/>
        <source>show a notification</source>
        <translation>een melding tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="153"/>
        <source>and continue (later rules may act too)</source>
        <translation>en doorgaan (latere regels mogen ook iets doen)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="155"/>
        <source>switched on</source>
        <translation>ingeschakeld</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="240"/>
        <source>and continue</source>
        <translation>en doorgaan</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="242"/>
        <source>(off)</source>
        <translation>(uit)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="257"/>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="262"/>
        <source>For each new message the first rule that matches acts, unless it says “and continue”. Never on your own posts.</source>
        <translation>Bij elk nieuw bericht doet de eerste regel die past zijn werk, behalve als er “en doorgaan” bij staat. Nooit bij je eigen berichten.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="278"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="279"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="280"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="281"/>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="282"/>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="293"/>
        <source>Try on the inbox</source>
        <translation>Uitproberen op de inbox</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="296"/>
        <source>Apply to the existing inbox</source>
        <translation>Toepassen op de huidige inbox</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="301"/>
        <source>Undo what they did</source>
        <translation>Ongedaan maken wat ze deden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="408"/>
        <source>of {total} looked at.</source>
        <translation>van de {total} bekeken.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="415"/>
        <source>Trying…</source>
        <translation>Bezig met uitproberen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="436"/>
        <source>({changed} changed). Undo takes it back.</source>
        <translation>({changed} gewijzigd). Met Ongedaan maken draai je het terug.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="447"/>
        <source>Applying…</source>
        <translation>Bezig met toepassen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/rules_dialog.py" line="457"/>
        <source>Taken back.</source>
        <translation>Teruggedraaid.</translation>
    </message>
</context>
<context>
    <name>SampleBanner</name>
    <message>
        <location filename="../cmstation/ui/shell/sample_banner.py" line="20"/>
        <source>This is the sample workspace: its channels are made up, so replies wait in its outbox and are never sent.</source>
        <translation>Dit is de voorbeeldwerkruimte: de kanalen zijn verzonnen, dus antwoorden wachten in de wachtrij en worden nooit verstuurd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/sample_banner.py" line="29"/>
        <source>Connect your own account…</source>
        <translation>Je eigen account koppelen…</translation>
    </message>
</context>
<context>
    <name>SavedSearchDialog</name>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="65"/>
        <source>Edit saved search</source>
        <translation>Bewaarde zoekopdracht bewerken</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="73"/>
        <source>Shown in the navigation</source>
        <translation>Staat in de navigatie</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="74"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="76"/>
        <source>Words, or a hashtag such as #bakfiets</source>
        <translation>Woorden, of een hashtag zoals #bakfiets</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="77"/>
        <source>Search for</source>
        <translation>Zoeken naar</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="80"/>
        <source>The inbox shows the messages whose text or author matches this. When a channel listens, its sweeps search the network for it.</source>
        <translation>De inbox toont de berichten waarvan de tekst of de auteur hierop past. Luistert een kanaal mee, dan zoekt elke ronde op het netwerk hiernaar.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="89"/>
        <source>Listening</source>
        <translation>Luisteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="92"/>
        <source>No channel: only filter the inbox</source>
        <translation>Geen kanaal: alleen de inbox filteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="96"/>
        <source>{channel} ({network})</source>
        <translation>{channel} ({network})</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="105"/>
        <source>Listen on</source>
        <translation>Luisteren op</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="111"/>
        <source>Words, e.g. vacature, verhuur</source>
        <translation>Woorden, bijv. vacature, verhuur</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="112"/>
        <source>Leave out hits with</source>
        <translation>Treffers weglaten met</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="114"/>
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="115"/>
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="116"/>
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="120"/>
        <source>Language of the hits</source>
        <translation>Taal van de treffers</translation>
    </message>
    <message>
        <source>Only hits in</source>
        <translation type="vanished">Alleen treffers in het</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="143"/>
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="143"/>
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="148"/>
        <source>None of your channels can search the network. Listening works on Mastodon and Bluesky channels; feed and manual channels only bring in what they get.</source>
        <translation>Geen van je kanalen kan op het netwerk zoeken. Luisteren werkt op Mastodon- en Bluesky-kanalen; feeds en handmatige kanalen brengen alleen binnen wat ze krijgen.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="152"/>
        <source>A sweep of that channel searches the network for this and adds the hits to your inbox. Only Mastodon and Bluesky channels can search; feed and manual channels are not listed.</source>
        <translation>Elke ronde langs dat kanaal zoekt hiernaar op het netwerk en zet de treffers in je inbox. Alleen Mastodon- en Bluesky-kanalen kunnen zoeken; feeds en handmatige kanalen staan er daarom niet bij.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="159"/>
        <source>Used when a channel listens for this search</source>
        <translation>Geldt als een kanaal naar deze zoekopdracht luistert</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="166"/>
        <source>Give the search a name; it is shown in the navigation.</source>
        <translation>Geef de zoekopdracht een naam; die staat in de navigatie.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_dialog.py" line="169"/>
        <source>Type what to search for: words, or a hashtag such as #bakfiets.</source>
        <translation>Typ waar je naar zoekt: woorden, of een hashtag zoals #bakfiets.</translation>
    </message>
</context>
<context>
    <name>SavedSearchMenu</name>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="45"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="48"/>
        <source>Stop listening</source>
        <translation>Niet meer luisteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="51"/>
        <source>Listen on a channel…</source>
        <translation>Luisteren op een kanaal…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="54"/>
        <source>Remove…</source>
        <translation>Verwijderen…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="64"/>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="105"/>
        <source>That saved search is no longer there.</source>
        <translation>Die bewaarde zoekopdracht bestaat niet meer.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="108"/>
        <source>Saved search changed: {name}. Sweeps of {channel} listen for it.</source>
        <translation>Zoekopdracht aangepast: {name}. Elke ronde langs {channel} luistert ernaar.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="113"/>
        <source>Saved search changed: {name}</source>
        <translation>Zoekopdracht aangepast: {name}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="132"/>
        <source>Sweeps of {channel} no longer search for {name}.</source>
        <translation>Rondes langs {channel} zoeken niet meer naar {name}.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="143"/>
        <source>This removes “{name}” from the navigation. The messages it found stay in your inbox.</source>
        <translation>Hiermee haal je “{name}” uit de navigatie. De berichten die ermee gevonden zijn, blijven in je inbox.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="147"/>
        <source>Sweeps of {channel} stop searching for it.</source>
        <translation>Rondes langs {channel} zoeken er niet meer naar.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="152"/>
        <source>Remove saved search?</source>
        <translation>Bewaarde zoekopdracht verwijderen?</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="157"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/listening/saved_search_menu.py" line="170"/>
        <source>Saved search removed: {name}</source>
        <translation>Zoekopdracht verwijderd: {name}</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="20"/>
        <source>In the message list</source>
        <translation>In de berichtenlijst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="22"/>
        <source>next message (or ↓)</source>
        <translation>volgend bericht (of ↓)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="23"/>
        <source>previous message (or ↑)</source>
        <translation>vorig bericht (of ↑)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="24"/>
        <source>read the conversation</source>
        <translation>het gesprek lezen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="25"/>
        <source>mark done</source>
        <translation>als klaar markeren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="26"/>
        <source>ignore</source>
        <translation>negeren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="27"/>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="44"/>
        <source>search</source>
        <translation>zoeken</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="28"/>
        <source>like (again: take it back)</source>
        <translation>liken (nog eens: terugnemen)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="29"/>
        <source>boost or repost</source>
        <translation>boosten of reposten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="30"/>
        <source>mute the author</source>
        <translation>de auteur dempen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="31"/>
        <source>hide a reply under your post</source>
        <translation>een antwoord onder je bericht verbergen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="32"/>
        <source>continue privately</source>
        <translation>privé verdergaan</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="33"/>
        <source>labels of the selected messages</source>
        <translation>labels van de geselecteerde berichten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="34"/>
        <source>snooze until later</source>
        <translation>snoozen tot later</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="35"/>
        <source>mark as spam</source>
        <translation>als spam markeren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="36"/>
        <source>select or unselect (j/k keep the selection)</source>
        <translation>selecteren of deselecteren (j/k houden de selectie)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="37"/>
        <source>select all matching messages</source>
        <translation>alle passende berichten selecteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="38"/>
        <source>who is this (the author panel)</source>
        <translation>wie is dit (het auteurspaneel)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="42"/>
        <source>Anywhere in the window</source>
        <translation>Overal in het venster</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="45"/>
        <source>back to the message list</source>
        <translation>terug naar de berichtenlijst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="46"/>
        <source>undo the last change</source>
        <translation>de laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="47"/>
        <source>new post</source>
        <translation>nieuw bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="48"/>
        <source>add an item by hand</source>
        <translation>een bericht met de hand toevoegen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="49"/>
        <source>sweep now</source>
        <translation>nu luisteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="50"/>
        <source>quit</source>
        <translation>afsluiten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="54"/>
        <source>In the composer</source>
        <translation>In de editor</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="56"/>
        <source>send (or queue) the reply</source>
        <translation>het antwoord versturen (of in de wachtrij zetten)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/shortcut_sheet.py" line="57"/>
        <source>to the findings and buttons</source>
        <translation>naar de bevindingen en knoppen</translation>
    </message>
</context>
<context>
    <name>SnippetsDialog</name>
    <message>
        <location filename="../cmstation/ui/compose/snippets_dialog.py" line="43"/>
        <source>Saved replies</source>
        <translation>Opgeslagen antwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/snippets_dialog.py" line="48"/>
        <source>Saved replies are a start, not an answer: make each one personal. Placeholders: {first_name}, {name}, {handle}, {agent}, {signoff}.</source>
        <translation>Opgeslagen antwoorden zijn een begin, geen antwoord: maak elk antwoord persoonlijk. Invulvelden: {first_name}, {name}, {handle}, {agent}, {signoff}.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/snippets_dialog.py" line="62"/>
        <source>New</source>
        <translation>Nieuw</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/snippets_dialog.py" line="64"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/snippets_dialog.py" line="72"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/snippets_dialog.py" line="75"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/snippets_dialog.py" line="80"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/snippets_dialog.py" line="136"/>
        <source>Not filled automatically (fill them in each reply): {names}</source>
        <translation>Niet automatisch ingevuld (vul ze in elk antwoord in): {names}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/snippets_dialog.py" line="144"/>
        <source>New saved reply</source>
        <translation>Nieuw opgeslagen antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/snippets_dialog.py" line="158"/>
        <source>Give it a name.</source>
        <translation>Geef het een naam.</translation>
    </message>
</context>
<context>
    <name>Snooze</name>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="44"/>
        <source>Snooze</source>
        <translation>Snoozen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="47"/>
        <source>Later today (in 3 hours)</source>
        <translation>Later vandaag (over 3 uur)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="48"/>
        <source>Tomorrow morning</source>
        <translation>Morgenochtend</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="49"/>
        <source>Next week</source>
        <translation>Volgende week</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="55"/>
        <source>Pick a date and time…</source>
        <translation>Kies een datum en tijd…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="60"/>
        <source>Wake now</source>
        <translation>Nu terughalen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="63"/>
        <source>Bring the snoozed messages back to the lists</source>
        <translation>Haal de gesnoozede berichten nu terug in de lijsten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="74"/>
        <source>Snooze until</source>
        <translation>Snoozen tot</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="78"/>
        <source>%n message(s) leave the lists until then.</source>
        <translation>%n bericht(en) verdwijnen tot dan uit de lijsten.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="86"/>
        <source>Until</source>
        <translation>Tot</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="89"/>
        <source>e.g. ask whether the part has arrived</source>
        <translation>bijv. vragen of het onderdeel binnen is</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/snooze_menu.py" line="91"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="143"/>
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="144"/>
        <source>needs reply</source>
        <translation>wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="145"/>
        <source>replied</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="146"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="147"/>
        <source>ignored</source>
        <translation>genegeerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/conversation_view.py" line="148"/>
        <source>spam</source>
        <translation>spam</translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="30"/>
        <source>Show cmstation</source>
        <translation>cmstation tonen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="33"/>
        <source>Sweep now</source>
        <translation>Nu luisteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="36"/>
        <source>Pause listening</source>
        <translation>Luisteren pauzeren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="42"/>
        <source>Quit cmstation</source>
        <translation>cmstation afsluiten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="46"/>
        <source>Keep listening when the window is closed</source>
        <translation>Blijven luisteren als het venster dicht is</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="65"/>
        <source>This desktop has no system tray to keep it in.</source>
        <translation>Deze desktop heeft geen systeemvak om het in te bewaren.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="88"/>
        <source>Listening is paused (tray menu: Pause listening).</source>
        <translation>Luisteren is gepauzeerd (menu in het systeemvak: Luisteren pauzeren).</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="92"/>
        <source>Listening again.</source>
        <translation>Er wordt weer geluisterd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/tray_menu.py" line="102"/>
        <source>%n message(s) need a reply</source>
        <translation>
            <numerusform>%n bericht wacht op antwoord</numerusform>
            <numerusform>%n berichten wachten op antwoord</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="104"/>
        <source>listening paused</source>
        <translation>luisteren gepauzeerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="122"/>
        <source>cmstation keeps listening</source>
        <translation>cmstation blijft luisteren</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_menu.py" line="123"/>
        <source>New complaints still reach you here. Quit from the tray menu.</source>
        <translation>Nieuwe klachten bereiken je hier nog steeds. Sluit af via het menu in het systeemvak.</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <location filename="../cmstation/ui/shell/tray_notifier.py" line="34"/>
        <source>cmstation</source>
        <translation>cmstation</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/tray_notifier.py" line="69"/>
        <source>%n new complaint(s)</source>
        <translation>
            <numerusform>%n nieuwe klacht</numerusform>
            <numerusform>%n nieuwe klachten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/tray_notifier.py" line="73"/>
        <source>And %n more your rules flag.</source>
        <translation>
            <numerusform>En nog %n dat je regels markeren.</numerusform>
            <numerusform>En nog %n die je regels markeren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/tray_notifier.py" line="76"/>
        <source>%n new message(s) your rules flag</source>
        <translation>
            <numerusform>%n nieuw bericht dat je regels markeren</numerusform>
            <numerusform>%n nieuwe berichten die je regels markeren</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_notifier.py" line="77"/>
        <source>On {channels}.</source>
        <translation>Op {channels}.</translation>
    </message>
    <message>
        <source>1 new complaint</source>
        <translation type="vanished">1 nieuwe klacht</translation>
    </message>
    <message>
        <source>{n} new complaints</source>
        <translation type="vanished">{n} nieuwe klachten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/tray_notifier.py" line="70"/>
        <source>On {channels}. Complaints come first: answer within the hours.</source>
        <translation>Op {channels}. Klachten gaan voor: antwoord binnen een paar uur.</translation>
    </message>
</context>
<context>
    <name>Triage</name>
    <message>
        <location filename="../cmstation/listening/triage.py" line="66"/>
        <source>negative sentiment</source>
        <extracomment>Kinds of message addressed to us, where a complaint or question expects an answer. A message that leans this negative and is addressed to us is a complaint (the neutral band of sentiment is wider: a mild &quot;nog steeds&quot; to a brand is not chatter). An open question (&quot;How do I report a broken streetlight?&quot;) is a complaint only when its sentiment is at least this negative: a question names what it asks about. Praise at least this clear is never turned into a complaint by a single cue. Why a message was ranked as it was: the kinds of cue (translatable, context &quot;Triage&quot;).</extracomment>
        <translation>negatieve stemming</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/triage.py" line="67"/>
        <source>complaint words</source>
        <translation>klachtwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/triage.py" line="68"/>
        <source>a service failure</source>
        <translation>een dienst die faalt</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/triage.py" line="69"/>
        <source>praise with an eye-roll (sarcasm)</source>
        <translation>lof met een rollende blik (sarcasme)</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/triage.py" line="70"/>
        <source>leans negative and is addressed to us</source>
        <translation>neigt naar negatief en is aan ons gericht</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/triage.py" line="71"/>
        <source>a question</source>
        <translation>een vraag</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/triage.py" line="72"/>
        <source>clear praise</source>
        <translation>duidelijke lof</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/triage.py" line="73"/>
        <source>likely spam</source>
        <translation>waarschijnlijk spam</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/triage.py" line="74"/>
        <source>our own post</source>
        <translation>ons eigen bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/triage.py" line="75"/>
        <source>names our handle</source>
        <translation>noemt onze naam</translation>
    </message>
</context>
<context>
    <name>TriagePanel</name>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="26"/>
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="28"/>
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="31"/>
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="32"/>
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="33"/>
        <source>positive</source>
        <translation>positief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="46"/>
        <source>nothing stood out</source>
        <translation>niets viel op</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="73"/>
        <source>Not a complaint</source>
        <translation>Geen klacht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="77"/>
        <source>This is not a complaint: rank it like any other message (the mood stays).</source>
        <translation>Dit is geen klacht: rangschik het als elk ander bericht (de stemming blijft).</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="86"/>
        <source>Mood</source>
        <translation>Stemming</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="88"/>
        <source>Correct the mood cmstation read in this message</source>
        <translation>Corrigeer de stemming die cmstation in dit bericht las</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="96"/>
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="97"/>
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="98"/>
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="106"/>
        <source>Use cmstation&apos;s verdict</source>
        <translation>Oordeel van cmstation gebruiken</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="110"/>
        <source>Remove your correction</source>
        <translation>Uw correctie verwijderen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="144"/>
        <source>cmstation reads: {rank}. Why: {why}.</source>
        <translation>cmstation leest: {rank}. Waarom: {why}.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="150"/>
        <source>not a complaint</source>
        <translation>geen klacht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="153"/>
        <source>mood {mood}</source>
        <translation>stemming {mood}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="157"/>
        <source>You corrected this: {what}; shown as {rank}.</source>
        <translation>U hebt dit gecorrigeerd: {what}; getoond als {rank}.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="179"/>
        <source>Saved your correction; later sweeps keep it.</source>
        <translation>Uw correctie is bewaard; latere rondes houden haar aan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="190"/>
        <source>Your correction is removed.</source>
        <translation>Uw correctie is verwijderd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/inbox/triage_panel.py" line="204"/>
        <source>The correction could not be saved: {error}</source>
        <translation>De correctie kon niet worden bewaard: {error}</translation>
    </message>
</context>
<context>
    <name>VoiceGauge</name>
    <message>
        <location filename="../cmstation/ui/compose/voice_gauge.py" line="27"/>
        <source>Human voice: 100 is a reply with nothing to remark</source>
        <translation>Menselijke toon: 100 is een antwoord zonder opmerkingen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/compose/voice_gauge.py" line="38"/>
        <source>Human voice score {score} of 100</source>
        <translation>Score menselijke toon: {score} van 100</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../cmstation/ui/shell/welcome_view.py" line="23"/>
        <source>Welcome to cmstation</source>
        <translation>Welkom bij cmstation</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/welcome_view.py" line="29"/>
        <source>One quiet inbox for the conversations about your brand. Start with one channel and master it: listen first, then answer like a person, within the day.</source>
        <translation>Eén rustige inbox voor de gesprekken over je merk. Begin met één kanaal en beheers het: eerst luisteren, dan antwoorden als een mens, binnen een dag.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/welcome_view.py" line="36"/>
        <source>Set up your first channel</source>
        <translation>Stel je eerste kanaal in</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/welcome_view.py" line="42"/>
        <source>Explore the sample workspace</source>
        <translation>Verken de voorbeeldwerkruimte</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/welcome_view.py" line="49"/>
        <source>The sample is a fictional Dutch bike shop with a month of mentions. It opens as a temporary copy: nothing you do there touches your own workspace.</source>
        <translation>Het voorbeeld is een verzonnen Nederlandse fietsenwinkel met een maand aan vermeldingen. Het opent als tijdelijke kopie: niets wat je daar doet raakt je eigen werkruimte.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <location filename="../cmstation/core/errors.py" line="9"/>
        <source>The workspace {path} was written by a newer cmstation (schema {found}; this version knows up to {supported}). It was left untouched.</source>
        <translation>De werkruimte {path} is geschreven door een nieuwere cmstation (schema {found}; deze versie kent tot en met {supported}). Er is niets aan veranderd.</translation>
    </message>
    <message>
        <location filename="../cmstation/core/errors.py" line="14"/>
        <source>The workspace {path} is damaged or not a cmstation file ({detail}).</source>
        <translation>De werkruimte {path} is beschadigd of geen cmstation-bestand ({detail}).</translation>
    </message>
    <message>
        <location filename="../cmstation/storage/workspace_owner.py" line="41"/>
        <source>the cmstation window</source>
        <extracomment>Roles a process takes the lease in, and how a message names them.</extracomment>
        <translation>het cmstation-venster</translation>
    </message>
    <message>
        <location filename="../cmstation/storage/workspace_owner.py" line="42"/>
        <source>&apos;cmstation listen&apos;</source>
        <translation>&apos;cmstation listen&apos;</translation>
    </message>
    <message>
        <location filename="../cmstation/storage/workspace_owner.py" line="43"/>
        <source>&apos;cmstation sweep&apos;</source>
        <translation>&apos;cmstation sweep&apos;</translation>
    </message>
    <message>
        <location filename="../cmstation/storage/workspace_owner.py" line="44"/>
        <source>&apos;cmstation outbox send&apos;</source>
        <translation>&apos;cmstation outbox send&apos;</translation>
    </message>
    <message>
        <location filename="../cmstation/storage/workspace_owner.py" line="46"/>
        <source>{holder} (process {pid}) is already listening and sending for this workspace (since {since}).</source>
        <translation>{holder} (proces {pid}) luistert en verstuurt al voor deze werkruimte (sinds {since}).</translation>
    </message>
    <message>
        <location filename="../cmstation/storage/workspace_owner.py" line="50"/>
        <location filename="../cmstation/ui/shell/workspace_owner_watch.py" line="78"/>
        <source>Another cmstation is already listening and sending for this workspace.</source>
        <translation>Een andere cmstation luistert en verstuurt al voor deze werkruimte.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/workspace_owner_watch.py" line="83"/>
        <source>{who} This window reads and edits; it takes over the sweeps and the outbox when that one stops.</source>
        <translation>{who} Dit venster leest en bewerkt; het neemt het luisteren en de outbox over zodra die andere stopt.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/shell/workspace_owner_watch.py" line="91"/>
        <source>Reading and editing only</source>
        <translation>Alleen lezen en bewerken</translation>
    </message>
</context>
<context>
    <name>Writing</name>
    <message>
        <location filename="../cmstation/outbox/writing.py" line="30"/>
        <source>There is no message {id} in this workspace.</source>
        <translation>Er is geen bericht {id} in deze werkruimte.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/writing.py" line="31"/>
        <source>There is no channel {id} in this workspace.</source>
        <translation>Er is geen kanaal {id} in deze werkruimte.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/writing.py" line="32"/>
        <source>{channel} is not a Mastodon or Bluesky channel: cmstation cannot post there.</source>
        <translation>{channel} is geen Mastodon- of Bluesky-kanaal: cmstation kan daar niet plaatsen.</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/writing.py" line="35"/>
        <source>The text is empty.</source>
        <translation>De tekst is leeg.</translation>
    </message>
    <message>
        <source>Not queued: the checks found something that cannot go out as it is ({count}).</source>
        <translation type="vanished">Niet in de wachtrij gezet: de controles vonden iets dat zo niet weg kan ({count}).</translation>
    </message>
    <message>
        <location filename="../cmstation/outbox/writing.py" line="36"/>
        <source>This message has no known author to write to privately.</source>
        <translation>Dit bericht heeft geen bekende auteur om privé aan te schrijven.</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <source>{host} did not send a feed cmstation can read (no RSS or Atom items found: {detail}). Check the address of the feed.</source>
        <extracomment>How many item ids the cursor remembers (a feed usually shows its last 10-50 items).</extracomment>
        <translation type="vanished">{host} stuurde geen feed die cmstation kan lezen (geen RSS- of Atom-items gevonden: {detail}). Controleer het adres van de feed.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/feed.py" line="53"/>
        <source>{host} did not send a feed cmstation can read (no RSS or Atom items found). Check the address of the feed.</source>
        <extracomment>The most (decoded) bytes of one feed cmstation reads. How many item ids the cursor remembers (a feed usually shows its last 10-50 items).</extracomment>
        <translation>{host} stuurde geen feed die cmstation kan lezen (geen RSS- of Atom-items gevonden). Controleer het adres van de feed.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/feed.py" line="58"/>
        <source>The feed at {host} is larger than {limit} MB; cmstation does not read it.</source>
        <translation>De feed op {host} is groter dan {limit} MB; cmstation leest hem niet.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/feed.py" line="61"/>
        <source>The feed at {host} uses XML entity declarations, which cmstation does not read for safety.</source>
        <translation>De feed op {host} gebruikt XML-entiteitdeclaraties; die leest cmstation uit veiligheid niet.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/feed.py" line="65"/>
        <source>{host} sent a web page ({type}), not a feed. Check the address of the feed.</source>
        <translation>{host} stuurde een webpagina ({type}), geen feed. Controleer het adres van de feed.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/feed.py" line="68"/>
        <source>{host} sent {type}, not a feed. Check the address of the feed.</source>
        <translation>{host} stuurde {type}, geen feed. Controleer het adres van de feed.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/feed.py" line="71"/>
        <source>A feed cannot be searched; all its new items arrive in the inbox.</source>
        <translation>In een feed kun je niet zoeken; alle nieuwe items komen in de inbox.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_session.py" line="34"/>
        <source>Bluesky did not accept the handle {handle} with this app password. Check both, and use an app password (Settings &gt; Privacy and security &gt; App passwords), not the main one.</source>
        <translation>Bluesky accepteerde de gebruikersnaam {handle} niet met dit app-wachtwoord. Controleer ze allebei, en gebruik een app-wachtwoord (Instellingen &gt; Privacy en beveiliging &gt; App-wachtwoorden), niet je gewone wachtwoord.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_session.py" line="39"/>
        <source>This Bluesky account asks for an e-mail code at login. Use an app password instead (Settings &gt; Privacy and security &gt; App passwords).</source>
        <translation>Dit Bluesky-account vraagt bij het inloggen om een code per e-mail. Gebruik in plaats daarvan een app-wachtwoord (Instellingen &gt; Privacy en beveiliging &gt; App-wachtwoorden).</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky.py" line="98"/>
        <source>The Bluesky session for {handle} has ended. Log in again with an app password.</source>
        <extracomment>The notification reasons cmstation listens to.</extracomment>
        <translation>De Bluesky-sessie voor {handle} is afgelopen. Log opnieuw in met een app-wachtwoord.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky.py" line="101"/>
        <source>This post has {count} characters; Bluesky allows at most {limit}.</source>
        <translation>Dit bericht heeft {count} tekens; Bluesky staat er hoogstens {limit} toe.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky.py" line="104"/>
        <source>An empty post cannot be sent.</source>
        <translation>Een leeg bericht kan niet worden verstuurd.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky.py" line="105"/>
        <source>“{rkey}” is not a valid record key (a TID).</source>
        <translation>“{rkey}” is geen geldige recordsleutel (een TID).</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky.py" line="108"/>
        <source>A different post already exists under the key {rkey}; this reply was not sent again.</source>
        <translation>Onder de sleutel {rkey} staat al een ander bericht; dit antwoord is niet nog eens verstuurd.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/channels/bluesky.py" line="116"/>
        <location filename="../cmstation/channels/bluesky_chat.py" line="99"/>
        <location filename="../cmstation/channels/feed.py" line="74"/>
        <location filename="../cmstation/channels/mastodon.py" line="61"/>
        <source>%n item(s) were left out because they were malformed.</source>
        <translation>
            <numerusform>%n item is weggelaten omdat het niet klopte.</numerusform>
            <numerusform>%n items zijn weggelaten omdat ze niet klopten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_session.py" line="44"/>
        <source>Cannot find the Bluesky server (PDS) of {handle}.</source>
        <translation>De Bluesky-server (PDS) van {handle} is niet te vinden.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky.py" line="112"/>
        <source>The Bluesky post {uri} no longer exists.</source>
        <translation>Het Bluesky-bericht {uri} bestaat niet meer.</translation>
    </message>
    <message>
        <source>{count} item(s) were left out because they were malformed.</source>
        <translation type="vanished">{count} item(s) overgeslagen omdat ze ongeldig waren.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="72"/>
        <source>The address {url} does not use https://. Only secure addresses can be used.</source>
        <extracomment>(connect, read) seconds. The most decoded bytes of one JSON answer cmstation reads. The most bytes of an error answer (4xx/5xx) read for its explanation; the rest is dropped. Seconds one response may take from sending the request to its last byte.</extracomment>
        <translation>Het adres {url} gebruikt geen https://. Alleen beveiligde adressen kunnen worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="75"/>
        <source>The address {url} is not a web address.</source>
        <translation>Het adres {url} is geen webadres.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="76"/>
        <source>Cannot reach {host}. Check the internet connection; cmstation will try again later.</source>
        <translation>{host} is niet bereikbaar. Controleer de internetverbinding; cmstation probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="80"/>
        <source>{host} did not answer in time. cmstation will try again later.</source>
        <translation>{host} antwoordde niet op tijd. cmstation probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="83"/>
        <source>The connection to {host} broke off during the answer. cmstation will try again later.</source>
        <translation>De verbinding met {host} viel weg tijdens het antwoord. cmstation probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="87"/>
        <source>{network} at {host} has a server problem (error {status}). cmstation will try again later.</source>
        <translation>{network} op {host} heeft een serverprobleem (fout {status}). cmstation probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="91"/>
        <source>{network} says this login is no longer valid. Log in again.</source>
        <translation>{network} meldt dat deze login niet meer geldig is. Log opnieuw in.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="94"/>
        <source>{network} has not allowed cmstation to do this: the login was made before cmstation could like, mute, block, report or read private messages. Log in again to allow it; listening goes on meanwhile.</source>
        <translation>{network} heeft cmstation dit niet toegestaan: er is ingelogd voordat cmstation kon liken, negeren, blokkeren, rapporteren of privéberichten lezen. Log opnieuw in om het toe te staan; het luisteren gaat intussen door.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="100"/>
        <source>Rate limited by {host} until {time}.</source>
        <translation>{host} laat tot {time} geen nieuwe verzoeken toe.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="101"/>
        <source>{network} at {host} sent an answer cmstation cannot read.</source>
        <translation>{network} op {host} stuurde een antwoord dat cmstation niet kan lezen.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="104"/>
        <source>{network} at {host} does not know this address ({path}).</source>
        <translation>{network} op {host} kent dit adres niet ({path}).</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="107"/>
        <source>{network} at {host} refused the request (error {status}): {detail}</source>
        <translation>{network} op {host} weigerde het verzoek (fout {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="110"/>
        <source>The answer from {host} is larger than {limit} MB; cmstation does not read it.</source>
        <translation>Het antwoord van {host} is groter dan {limit} MB; cmstation leest het niet.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="113"/>
        <source>{host} did not finish its answer in time. cmstation will try again later.</source>
        <translation>{host} maakte zijn antwoord niet op tijd af. cmstation probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="116"/>
        <source>{host} keeps redirecting to other addresses and never answers. Check the address.</source>
        <translation>{host} blijft doorverwijzen naar andere adressen en antwoordt nooit. Controleer het adres.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/manual_items.py" line="21"/>
        <source>Paste the text of the message first.</source>
        <translation>Plak eerst de tekst van het bericht.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/manual_items.py" line="22"/>
        <source>The text is too long ({length} characters; at most {limit}).</source>
        <translation>De tekst is te lang ({length} tekens; hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/manual_items.py" line="25"/>
        <source>“{link}” is not a web address. Paste the link to the post as it appears in the browser, starting with https://.</source>
        <translation>“{link}” is geen webadres. Plak de link naar het bericht zoals die in de browser staat, beginnend met https://.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon.py" line="47"/>
        <source>{host} found nothing for “{query}”. Many Mastodon servers have no full-text search and only find posts you wrote, favourited or were mentioned in; follow a hashtag (#word) instead to be sure to see new posts.</source>
        <translation>{host} vond niets voor “{query}”. Veel Mastodon-servers hebben geen zoekfunctie voor volledige tekst en vinden alleen berichten die je zelf schreef, als favoriet markeerde of waarin je genoemd werd; volg liever een hashtag (#woord) om nieuwe berichten zeker te zien.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon.py" line="53"/>
        <source>{host} does not offer search for posts (it answered: {detail}). Follow a hashtag (#word) instead.</source>
        <translation>{host} biedt geen zoekfunctie voor berichten (het antwoord was: {detail}). Volg liever een hashtag (#woord).</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky.py" line="113"/>
        <location filename="../cmstation/channels/bluesky_chat.py" line="96"/>
        <location filename="../cmstation/channels/mastodon.py" line="58"/>
        <location filename="../cmstation/channels/mastodon_direct.py" line="79"/>
        <source>There is more to read; the next sweep continues where this one stopped.</source>
        <translation>Er is meer te lezen; de volgende ronde gaat verder waar deze stopte.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon.py" line="64"/>
        <source>“{query}” is not a hashtag one can follow.</source>
        <translation>“{query}” is geen hashtag die je kunt volgen.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon_auth.py" line="46"/>
        <source>{host} did not accept this code. Codes work once and only for a short time: open the login page again and paste the new code.</source>
        <extracomment>Only what cmstation uses: read mentions, statuses (and private conversations), search and the own account; post and reply; like, mute, block and report from the inbox; mark a private conversation read; accept or dismiss filtered notification requests. A login made before these existed lacks the write scopes after write:statuses: the server answers 403 &quot;outside the authorized scopes&quot;, and the action asks to log in again (http.MSG_NO_SCOPE).</extracomment>
        <translation>{host} accepteerde deze code niet. Een code werkt maar één keer en maar kort: open de inlogpagina opnieuw en plak de nieuwe code.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon_auth.py" line="51"/>
        <source>{host} refused to register cmstation ({detail}). Is this a Mastodon server?</source>
        <translation>{host} weigerde cmstation te registreren ({detail}). Is dit wel een Mastodon-server?</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon_auth.py" line="54"/>
        <source>{host} does not answer like a Mastodon server. Check the server name.</source>
        <translation>{host} antwoordt niet als een Mastodon-server. Controleer de servernaam.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/adapters.py" line="32"/>
        <source>The login for {channel} is not in the keyring. Log in again to keep listening.</source>
        <extracomment>Every secret name a channel may have (removed with the channel).</extracomment>
        <translation>De login voor {channel} staat niet in de sleutelbos. Log opnieuw in om te blijven luisteren.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/adapters.py" line="35"/>
        <source>{channel} is filled by hand; there is nothing to sweep.</source>
        <translation>{channel} vul je met de hand; er valt niets op te halen.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/channel_flows.py" line="205"/>
        <source>There is no channel {id}.</source>
        <translation>Er is geen kanaal {id}.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/channel_flows.py" line="206"/>
        <source>You logged in as {got}, but this channel listens for {want}. Log in with that account, or add the other one as a new channel.</source>
        <translation>Je bent ingelogd als {got}, maar dit kanaal luistert voor {want}. Log in met dat account, of voeg het andere toe als nieuw kanaal.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/channel_flows.py" line="258"/>
        <source>Give the channel a name.</source>
        <extracomment>The longest channel name the settings accept (the navigation has little room).</extracomment>
        <translation>Geef het kanaal een naam.</translation>
    </message>
    <message>
        <location filename="../cmstation/listening/channel_flows.py" line="259"/>
        <source>A channel name can be at most {max} characters long (this one has {n}).</source>
        <translation>Een kanaalnaam mag hoogstens {max} tekens lang zijn (deze heeft er {n}).</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_actions.py" line="73"/>
        <source>A different record already exists under the key {rkey}; this action was not sent again.</source>
        <extracomment>cmstation&apos;s report reasons (core.actions.REPORT_REASONS) -&gt; atproto reason types.</extracomment>
        <translation>Onder de sleutel {rkey} staat al een ander record; deze actie is niet opnieuw verstuurd.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_actions.py" line="77"/>
        <source>Only replies in a thread you started can be hidden ({uri}).</source>
        <translation>Alleen reacties in een gesprek dat jij begon kun je verbergen ({uri}).</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_actions.py" line="80"/>
        <source>Only quotes of your own posts can be detached ({uri}).</source>
        <translation>Alleen quotes van je eigen berichten kun je losmaken ({uri}).</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_actions.py" line="83"/>
        <source>Bluesky allows at most {limit} hidden replies or detached quotes on one post.</source>
        <translation>Bluesky staat hoogstens {limit} verborgen reacties of losgemaakte quotes per bericht toe.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_actions.py" line="86"/>
        <source>The settings of the post {uri} were changed elsewhere at the same time; try again.</source>
        <translation>De instellingen van het bericht {uri} werden tegelijk ergens anders gewijzigd; probeer het opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_actions.py" line="89"/>
        <source>“{reason}” is not a report reason.</source>
        <translation>“{reason}” is geen reden om te melden.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_chat.py" line="65"/>
        <location filename="../cmstation/channels/mastodon_direct.py" line="70"/>
        <source>private messages</source>
        <extracomment>How many conversations&apos; newest message ids the cursor keeps (for &quot;answers the one before&quot;). (error, message) of a token that may not use the chat service.
----------
The thread of a private conversation: ``conv:&lt;conversation id&gt;``. Contexts looked up per sweep for the earlier messages of changed conversations. How long a server without the endpoint (404) is left alone before it is asked again.</extracomment>
        <translation>privéberichten</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_chat.py" line="66"/>
        <source>This app password cannot read direct messages. Make an app password with access to direct messages to see them here.</source>
        <translation>Dit app-wachtwoord kan geen privéberichten lezen. Maak een app-wachtwoord met toegang tot privéberichten om ze hier te zien.</translation>
    </message>
    <message>
        <source>{count} message request(s) waiting: people the account does not follow wrote to it. They are in the inbox; answering one accepts it.</source>
        <translation type="vanished">{count} berichtverzoek(en) wachten: mensen die het account niet volgt schreven ernaar. Ze staan in de inbox; wie je antwoordt, accepteer je daarmee.</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/channels/bluesky_chat.py" line="71"/>
        <source>%n message request(s) waiting: people the account does not follow wrote to it. They are in the inbox; answering one accepts it.</source>
        <translation>
            <numerusform>%n berichtverzoek wacht: iemand die het account niet volgt heeft geschreven. Het staat in de inbox; wie antwoordt, accepteert het.</numerusform>
            <numerusform>%n berichtverzoeken wachten: mensen die het account niet volgt hebben geschreven. Ze staan in de inbox; wie er een beantwoordt, accepteert het.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_chat.py" line="78"/>
        <source>This private message has {count} characters; Bluesky allows at most {limit}.</source>
        <translation>Dit privébericht heeft {count} tekens; Bluesky staat er hoogstens {limit} toe.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_chat.py" line="82"/>
        <source>The Bluesky server {host} does not offer private messages.</source>
        <translation>De Bluesky-server {host} biedt geen privéberichten.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_chat.py" line="85"/>
        <source>Private messages could not be read this time ({reason}); the next sweep tries again.</source>
        <translation>De privéberichten konden deze keer niet gelezen worden ({reason}); de volgende ronde probeert het opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_chat.py" line="89"/>
        <source>An empty private message cannot be sent.</source>
        <translation>Een leeg privébericht kan niet verstuurd worden.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/bluesky_chat.py" line="90"/>
        <source>There is no one to send this private message to: the answered message has no other Bluesky author.</source>
        <translation>Er is niemand om dit privébericht aan te sturen: het beantwoorde bericht heeft geen andere Bluesky-auteur.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon_direct.py" line="71"/>
        <source>filtered mentions and quotes</source>
        <translation>gefilterde vermeldingen en quotes</translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/channels/mastodon_direct.py" line="72"/>
        <source>The server filtered notifications from %n account(s), such as people you don&apos;t follow or brand-new accounts; their mentions are in your inbox. Accept or dismiss them.</source>
        <translation>
            <numerusform>De server heeft meldingen van %n account gefilterd, zoals iemand die je niet volgt of een gloednieuw account; de vermeldingen staan in je inbox. Accepteer of wijs af.</numerusform>
            <numerusform>De server heeft meldingen van %n accounts gefilterd, zoals mensen die je niet volgt of gloednieuwe accounts; hun vermeldingen staan in je inbox. Accepteer of wijs ze af.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server filtered notifications from {count} account(s), such as people you don&apos;t follow or brand-new accounts; their mentions are in your inbox. Accept or dismiss them.</source>
        <translation type="vanished">De server filterde meldingen van {count} account(s), zoals mensen die je niet volgt of gloednieuwe accounts; hun vermeldingen staan in je inbox. Accepteer ze of wijs ze af.</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../cmstation/secrets.py" line="29"/>
        <source>No secure keyring is available on this computer, so cmstation cannot store the login safely. You can keep it for this session only; you will have to log in again next time.</source>
        <extracomment>The keyring &quot;service&quot; name every secret is stored under.</extracomment>
        <translation>Er is geen beveiligde sleutelbos op deze computer, dus cmstation kan de login niet veilig bewaren. Je kunt hem alleen voor deze sessie gebruiken; de volgende keer moet je opnieuw inloggen.</translation>
    </message>
    <message>
        <location filename="../cmstation/secrets.py" line="34"/>
        <source>The keyring refused to store or read the login (it may be locked). Unlock it and try again.</source>
        <translation>De sleutelbos weigerde de login te bewaren of te lezen (misschien is hij vergrendeld). Ontgrendel hem en probeer het opnieuw.</translation>
    </message>
</context>
</TS>
