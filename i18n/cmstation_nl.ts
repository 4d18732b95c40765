<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../cmstation/ui/app.py" line="127" />
        <source>The sample workspace could not be opened</source>
        <translation>De voorbeeldwerkruimte kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/app.py" line="139" />
        <source>sample workspace (a temporary copy)</source>
        <translation>voorbeeldwerkruimte (een tijdelijke kopie)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/app.py" line="173" />
        <source>cmstation cannot open the workspace</source>
        <translation>cmstation kan de werkruimte niet openen</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="159" />
        <source>Select a message to read it with its conversation.
j/k move, e marks done, i ignores, / searches, Ctrl+Z undoes.</source>
        <translation>Kies een bericht om het met het hele gesprek te lezen.
j/k bladeren, e markeert als klaar, i negeert, / zoekt, Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="170" />
        <source>This message is no longer in the workspace.</source>
        <translation>Dit bericht staat niet meer in de werkruimte.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="177" />
        <source>In reply to</source>
        <translation>Als antwoord op</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="181" />
        <source>Replies</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="190" />
        <source>No earlier messages or replies in this conversation.</source>
        <translation>Geen eerdere berichten of antwoorden in dit gesprek.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="185" />
        <source>Search messages and authors  (/)</source>
        <translation>Zoek in berichten en auteurs  (/)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="196" />
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="197" />
        <source>Any mood</source>
        <translation>Elke toon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="198" />
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="199" />
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="200" />
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="202" />
        <source>Language of the message</source>
        <translation>Taal van het bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="203" />
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="204" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="205" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="207" />
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="208" />
        <source>Most urgent first</source>
        <translation>Dringendste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="209" />
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="210" />
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="262" />
        <source>Replying from cmstation arrives in a later version.</source>
        <translation>Antwoorden vanuit cmstation komt in een volgende versie.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="317" />
        <source>&amp;cmstation</source>
        <translation>&amp;cmstation</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="318" />
        <source>Explore the sample workspace</source>
        <translation>Verken de voorbeeldwerkruimte</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="320" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="325" />
        <source>Follow the system</source>
        <translation>Volg het systeem</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="336" />
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="339" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="340" />
        <location filename="../cmstation/ui/main_window.py" line="352" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="347" />
        <source>The new language is used the next time cmstation starts.</source>
        <translation>De nieuwe taal wordt gebruikt bij de volgende start van cmstation.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="354" />
        <source>j or ↓  next message
k or ↑  previous message
Enter  read the conversation
Esc  back to the list
e  mark done
i  ignore
/  search
Ctrl+Z  undo the last change</source>
        <translation>j of ↓  volgend bericht
k of ↑  vorig bericht
Enter  het gesprek lezen
Esc  terug naar de lijst
e  markeren als klaar
i  negeren
/  zoeken
Ctrl+Z  laatste wijziging ongedaan maken</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="399" />
        <source>Needs reply</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="400" />
        <source>Messages that wait for an answer, most urgent first</source>
        <translation>Berichten die op een antwoord wachten, dringendste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="402" />
        <source>All messages</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="403" />
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="403" />
        <source>Answered or marked done</source>
        <translation>Beantwoord of als klaar gemarkeerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="404" />
        <source>Ignored and spam</source>
        <translation>Genegeerd en spam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="406" />
        <source>CHANNELS</source>
        <translation>KANALEN</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="411" />
        <source>SAVED SEARCHES</source>
        <translation>BEWAARDE ZOEKOPDRACHTEN</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="494" />
        <source>Nothing matches “{query}”. Try fewer or other words.</source>
        <translation>Niets gevonden voor “{query}”. Probeer minder of andere woorden.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="498" />
        <source>No messages match these filters.</source>
        <translation>Geen berichten voor deze filters.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="500" />
        <source>Nothing needs a reply right now. Well done!</source>
        <translation>Niets wacht nu op antwoord. Goed gedaan!</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="502" />
        <source>Nothing ignored or marked as spam.</source>
        <translation>Niets genegeerd of als spam gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="504" />
        <source>Nothing is done yet. Press e on a message to mark it done.</source>
        <translation>Nog niets klaar. Druk op e bij een bericht om het als klaar te markeren.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="505" />
        <source>No messages yet. New mentions appear here after the next sweep.</source>
        <translation>Nog geen berichten. Nieuwe vermeldingen verschijnen hier na de volgende ronde.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="609" />
        <source>Marked done. Ctrl+Z undoes.</source>
        <translation>Gemarkeerd als klaar. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="611" />
        <source>Ignored. Ctrl+Z undoes.</source>
        <translation>Genegeerd. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="624" />
        <source>Nothing to undo.</source>
        <translation>Niets om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="638" />
        <source>Undone.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="671" />
        <location filename="../cmstation/ui/main_window.py" line="712" />
        <source>{n} need a reply</source>
        <translation>{n} wachten op antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="673" />
        <location filename="../cmstation/ui/main_window.py" line="713" />
        <source>{n} unread</source>
        <translation>{n} ongelezen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="685" />
        <source>{needs} need a reply, {unread} unread</source>
        <translation>{needs} wachten op antwoord, {unread} ongelezen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="701" />
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="704" />
        <source>{shown} of {total} messages loaded</source>
        <translation>{shown} van {total} berichten geladen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="709" />
        <source>{shown} messages loaded</source>
        <translation>{shown} berichten geladen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="725" />
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="732" />
        <source>Set up your first channel</source>
        <translation>Stel je eerste kanaal in</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="734" />
        <source>Connecting a Mastodon account, a Bluesky account or a feed arrives in the next version of cmstation. Until then, explore the sample workspace to see how the inbox works.</source>
        <translation>Een Mastodon-account, een Bluesky-account of een feed koppelen kan vanaf de volgende versie van cmstation. Verken tot die tijd de voorbeeldwerkruimte om te zien hoe de inbox werkt.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="741" />
        <source>cmstation</source>
        <translation>cmstation</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="61" />
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="63" />
        <source>You ({name})</source>
        <translation>Jij ({name})</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="87" />
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="98" />
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="100" />
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="103" />
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="104" />
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="105" />
        <source>positive</source>
        <translation>positief</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="235" />
        <source>!</source>
        <comment>priority column</comment>
        <translation>!</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="236" />
        <source>Mood</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="237" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="238" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="239" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="240" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="244" />
        <source>Priority: complaints first, then questions</source>
        <translation>Prioriteit: eerst klachten, dan vragen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="245" />
        <source>Sentiment of the message</source>
        <translation>Sentiment van het bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="316" />
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="329" />
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="330" />
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="331" />
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="332" />
        <source>By hand</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="339" />
        <source>Complaint: answer this first</source>
        <translation>Klacht: beantwoord deze eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="341" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="345" />
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="346" />
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="347" />
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="116" />
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="117" />
        <source>needs reply</source>
        <translation>wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="118" />
        <source>replied</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="119" />
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="120" />
        <source>ignored</source>
        <translation>genegeerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="121" />
        <source>spam</source>
        <translation>spam</translation>
    </message>
</context>
<context>
    <name>WelcomeView</name>
    <message>
        <location filename="../cmstation/ui/welcome_view.py" line="23" />
        <source>Welcome to cmstation</source>
        <translation>Welkom bij cmstation</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/welcome_view.py" line="29" />
        <source>One quiet inbox for the conversations about your brand. Start with one channel and master it: listen first, then answer like a person, within the day.</source>
        <translation>Eén rustige inbox voor de gesprekken over je merk. Begin met één kanaal en word er goed in: eerst luisteren, dan antwoorden als een mens, binnen een dag.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/welcome_view.py" line="36" />
        <source>Set up your first channel</source>
        <translation>Stel je eerste kanaal in</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/welcome_view.py" line="42" />
        <source>Explore the sample workspace</source>
        <translation>Verken de voorbeeldwerkruimte</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/welcome_view.py" line="49" />
        <source>The sample is a fictional Dutch bike shop with a month of mentions. It opens as a temporary copy: nothing you do there touches your own workspace.</source>
        <translation>Het voorbeeld is een verzonnen Nederlandse fietsenwinkel met een maand aan vermeldingen. Het opent als tijdelijke kopie: niets wat je daar doet raakt je eigen werkruimte.</translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message>
        <location filename="../cmstation/channels/feed.py" line="36" />
        <source>{host} did not send a feed cmstation can read (no RSS or Atom items found: {detail}). Check the address of the feed.</source>
        <extracomment>How many item ids the cursor remembers (a feed usually shows its last 10-50 items).</extracomment>
        <translation>{host} stuurde geen feed die cmstation kan lezen (geen RSS- of Atom-items gevonden: {detail}). Controleer het adres van de feed.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/feed.py" line="40" />
        <source>A feed cannot be searched; all its new items arrive in the inbox.</source>
        <translation>In een feed kun je niet zoeken; alle nieuwe items komen in de inbox.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/feed.py" line="42" />
        <location filename="../cmstation/channels/mastodon.py" line="45" />
        <source>{count} item(s) were left out because they were malformed.</source>
        <translation>{count} item(s) overgeslagen omdat ze niet goed in elkaar zaten.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="41" />
        <source>The address {url} does not use https://. Only secure addresses can be used.</source>
        <extracomment>(connect, read) seconds. When a server says "rate limited" without saying until when.</extracomment>
        <translation>Het adres {url} gebruikt geen https://. Alleen beveiligde adressen kunnen worden gebruikt.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="43" />
        <source>The address {url} is not a web address.</source>
        <translation>Het adres {url} is geen webadres.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="44" />
        <source>Cannot reach {host}. Check the internet connection; cmstation will try again later.</source>
        <translation>{host} is niet bereikbaar. Controleer de internetverbinding; cmstation probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="46" />
        <source>{host} did not answer in time. cmstation will try again later.</source>
        <translation>{host} antwoordde niet op tijd. cmstation probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="48" />
        <source>The connection to {host} broke off during the answer. cmstation will try again later.</source>
        <translation>De verbinding met {host} viel weg tijdens het antwoord. cmstation probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="50" />
        <source>{network} at {host} has a server problem (error {status}). cmstation will try again later.</source>
        <translation>{network} op {host} heeft een serverprobleem (fout {status}). cmstation probeert het later opnieuw.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="52" />
        <source>{network} says this login is no longer valid. Log in again.</source>
        <translation>{network} meldt dat deze login niet meer geldig is. Log opnieuw in.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="54" />
        <source>Rate limited by {host} until {time}.</source>
        <translation>{host} laat tot {time} geen nieuwe verzoeken toe.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="55" />
        <source>{network} at {host} sent an answer cmstation cannot read.</source>
        <translation>{network} op {host} stuurde een antwoord dat cmstation niet kan lezen.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="57" />
        <source>{network} at {host} does not know this address ({path}).</source>
        <translation>{network} op {host} kent dit adres niet ({path}).</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/http.py" line="58" />
        <source>{network} at {host} refused the request (error {status}): {detail}</source>
        <translation>{network} op {host} weigerde het verzoek (fout {status}): {detail}</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/manual.py" line="21" />
        <source>Paste the text of the message first.</source>
        <translation>Plak eerst de tekst van het bericht.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/manual.py" line="22" />
        <source>The text is too long ({length} characters; at most {limit}).</source>
        <translation>De tekst is te lang ({length} tekens; hoogstens {limit}).</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/manual.py" line="24" />
        <source>“{link}” is not a web address. Paste the link to the post as it appears in the browser, starting with https://.</source>
        <translation>“{link}” is geen webadres. Plak de link naar het bericht zoals die in de browser staat, beginnend met https://.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon.py" line="34" />
        <source>{host} found nothing for “{query}”. Many Mastodon servers have no full-text search and only find posts you wrote, favourited or were mentioned in; follow a hashtag (#word) instead to be sure to see new posts.</source>
        <translation>{host} vond niets voor “{query}”. Veel Mastodon-servers hebben geen zoekfunctie voor volledige tekst en vinden alleen berichten die je zelf schreef, als favoriet markeerde of waarin je genoemd werd; volg liever een hashtag (#woord) om nieuwe berichten zeker te zien.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon.py" line="39" />
        <source>{host} does not offer search for posts (it answered: {detail}). Follow a hashtag (#word) instead.</source>
        <translation>{host} biedt geen zoekfunctie voor berichten (het antwoord was: {detail}). Volg liever een hashtag (#woord).</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon.py" line="43" />
        <source>There is more to read; the next sweep continues where this one stopped.</source>
        <translation>Er is meer te lezen; de volgende ronde gaat verder waar deze stopte.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon.py" line="46" />
        <source>“{query}” is not a hashtag one can follow.</source>
        <translation>“{query}” is geen hashtag die je kunt volgen.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon_auth.py" line="38" />
        <source>{host} did not accept this code. Codes work once and only for a short time: open the login page again and paste the new code.</source>
        <extracomment>Only what cmstation uses: read mentions, statuses, search and the own account; post.</extracomment>
        <translation>{host} accepteerde deze code niet. Een code werkt maar één keer en maar kort: open de inlogpagina opnieuw en plak de nieuwe code.</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon_auth.py" line="42" />
        <source>{host} refused to register cmstation ({detail}). Is this a Mastodon server?</source>
        <translation>{host} weigerde cmstation te registreren ({detail}). Is dit wel een Mastodon-server?</translation>
    </message>
    <message>
        <location filename="../cmstation/channels/mastodon_auth.py" line="44" />
        <source>{host} does not answer like a Mastodon server. Check the server name.</source>
        <translation>{host} antwoordt niet als een Mastodon-server. Controleer de servernaam.</translation>
    </message>
</context>
<context>
    <name>secrets</name>
    <message>
        <location filename="../cmstation/secrets.py" line="28" />
        <source>No secure keyring is available on this computer, so cmstation cannot store the login safely. You can keep it for this session only; you will have to log in again next time.</source>
        <translation>Er is geen beveiligde sleutelbos op deze computer, dus cmstation kan de login niet veilig bewaren. Je kunt hem alleen voor deze sessie gebruiken; de volgende keer moet je opnieuw inloggen.</translation>
    </message>
    <message>
        <location filename="../cmstation/secrets.py" line="32" />
        <source>The keyring refused to store or read the login (it may be locked). Unlock it and try again.</source>
        <translation>De sleutelbos weigerde de login te bewaren of te lezen (misschien is hij vergrendeld). Ontgrendel hem en probeer het opnieuw.</translation>
    </message>
</context>
</TS>
