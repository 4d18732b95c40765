<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>App</name>
    <message>
        <location filename="../cmstation/ui/app.py" line="107" />
        <source>The sample workspace could not be opened</source>
        <translation>De voorbeeldwerkruimte kon niet worden geopend</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/app.py" line="118" />
        <source>sample workspace (a temporary copy)</source>
        <translation>voorbeeldwerkruimte (een tijdelijke kopie)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/app.py" line="150" />
        <source>cmstation cannot open the workspace</source>
        <translation>cmstation kan de werkruimte niet openen</translation>
    </message>
</context>
<context>
    <name>ConversationView</name>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="153" />
        <source>Select a message to read it with its conversation.
j/k move, e marks done, i ignores, / searches, Ctrl+Z undoes.</source>
        <translation>Kies een bericht om het met het hele gesprek te lezen.
j/k bladeren, e markeert als klaar, i negeert, / zoekt, Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="162" />
        <source>This message is no longer in the workspace.</source>
        <translation>Dit bericht staat niet meer in de werkruimte.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="169" />
        <source>In reply to</source>
        <translation>Als antwoord op</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="173" />
        <source>Replies</source>
        <translation>Antwoorden</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="181" />
        <source>No earlier messages or replies in this conversation.</source>
        <translation>Geen eerdere berichten of antwoorden in dit gesprek.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="173" />
        <source>Search messages and authors  (/)</source>
        <translation>Zoek in berichten en auteurs  (/)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="184" />
        <source>Sentiment</source>
        <translation>Sentiment</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="185" />
        <source>Any mood</source>
        <translation>Elke toon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="186" />
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="187" />
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="188" />
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="190" />
        <source>Language of the message</source>
        <translation>Taal van het bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="191" />
        <source>Any language</source>
        <translation>Elke taal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="192" />
        <source>Dutch</source>
        <translation>Nederlands</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="193" />
        <source>English</source>
        <translation>Engels</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="195" />
        <source>Order</source>
        <translation>Volgorde</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="196" />
        <source>Most urgent first</source>
        <translation>Dringendste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="197" />
        <source>Newest first</source>
        <translation>Nieuwste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="198" />
        <source>Oldest first</source>
        <translation>Oudste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="245" />
        <source>Replying from cmstation arrives in a later version.</source>
        <translation>Antwoorden vanuit cmstation komt in een volgende versie.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="300" />
        <source>&amp;cmstation</source>
        <translation>&amp;cmstation</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="301" />
        <source>Explore the sample workspace</source>
        <translation>Verken de voorbeeldwerkruimte</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="303" />
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="307" />
        <source>Follow the system</source>
        <translation>Volg het systeem</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="316" />
        <source>Quit</source>
        <translation>Afsluiten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="319" />
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="320" />
        <location filename="../cmstation/ui/main_window.py" line="330" />
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="327" />
        <source>The new language is used the next time cmstation starts.</source>
        <translation>De nieuwe taal wordt gebruikt bij de volgende start van cmstation.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="331" />
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
        <location filename="../cmstation/ui/main_window.py" line="371" />
        <source>Needs reply</source>
        <translation>Wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="372" />
        <source>Messages that wait for an answer, most urgent first</source>
        <translation>Berichten die op een antwoord wachten, dringendste eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="373" />
        <source>All messages</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="374" />
        <source>Done</source>
        <translation>Klaar</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="374" />
        <source>Answered or marked done</source>
        <translation>Beantwoord of als klaar gemarkeerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="375" />
        <source>Ignored and spam</source>
        <translation>Genegeerd en spam</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="377" />
        <source>CHANNELS</source>
        <translation>KANALEN</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="382" />
        <source>SAVED SEARCHES</source>
        <translation>BEWAARDE ZOEKOPDRACHTEN</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="463" />
        <source>Nothing matches “{query}”. Try fewer or other words.</source>
        <translation>Niets gevonden voor “{query}”. Probeer minder of andere woorden.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="466" />
        <source>No messages match these filters.</source>
        <translation>Geen berichten voor deze filters.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="468" />
        <source>Nothing needs a reply right now. Well done!</source>
        <translation>Niets wacht nu op antwoord. Goed gedaan!</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="470" />
        <source>Nothing ignored or marked as spam.</source>
        <translation>Niets genegeerd of als spam gemarkeerd.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="472" />
        <source>Nothing is done yet. Press e on a message to mark it done.</source>
        <translation>Nog niets klaar. Druk op e bij een bericht om het als klaar te markeren.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="473" />
        <source>No messages yet. New mentions appear here after the next sweep.</source>
        <translation>Nog geen berichten. Nieuwe vermeldingen verschijnen hier na de volgende ronde.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="576" />
        <source>Marked done. Ctrl+Z undoes.</source>
        <translation>Gemarkeerd als klaar. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="578" />
        <source>Ignored. Ctrl+Z undoes.</source>
        <translation>Genegeerd. Ctrl+Z maakt ongedaan.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="591" />
        <source>Nothing to undo.</source>
        <translation>Niets om ongedaan te maken.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="605" />
        <source>Undone.</source>
        <translation>Ongedaan gemaakt.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="636" />
        <location filename="../cmstation/ui/main_window.py" line="665" />
        <source>{n} need a reply</source>
        <translation>{n} wachten op antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="637" />
        <location filename="../cmstation/ui/main_window.py" line="666" />
        <source>{n} unread</source>
        <translation>{n} ongelezen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="645" />
        <source>{needs} need a reply, {unread} unread</source>
        <translation>{needs} wachten op antwoord, {unread} ongelezen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="657" />
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="659" />
        <source>{shown} of {total} messages loaded</source>
        <translation>{shown} van {total} berichten geladen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="662" />
        <source>{shown} messages loaded</source>
        <translation>{shown} berichten geladen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="678" />
        <source>Something went wrong: {error}</source>
        <translation>Er ging iets mis: {error}</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="684" />
        <source>Set up your first channel</source>
        <translation>Stel je eerste kanaal in</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="685" />
        <source>Connecting a Mastodon account, a Bluesky account or a feed arrives in the next version of cmstation. Until then, explore the sample workspace to see how the inbox works.</source>
        <translation>Een Mastodon-account, een Bluesky-account of een feed koppelen kan vanaf de volgende versie van cmstation. Verken tot die tijd de voorbeeldwerkruimte om te zien hoe de inbox werkt.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/main_window.py" line="690" />
        <source>cmstation</source>
        <translation>cmstation</translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="59" />
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="61" />
        <source>You ({name})</source>
        <translation>Jij ({name})</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="85" />
        <source>Open in browser</source>
        <translation>Openen in browser</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="96" />
        <source>complaint</source>
        <translation>klacht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="98" />
        <source>question</source>
        <translation>vraag</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="100" />
        <source>negative</source>
        <translation>negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="101" />
        <source>neutral</source>
        <translation>neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="102" />
        <source>positive</source>
        <translation>positief</translation>
    </message>
</context>
<context>
    <name>MessageTableModel</name>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="213" />
        <source>!</source>
        <comment>priority column</comment>
        <translation>!</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="214" />
        <source>Mood</source>
        <translation>Toon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="215" />
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="216" />
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="217" />
        <source>Channel</source>
        <translation>Kanaal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="218" />
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="222" />
        <source>Priority: complaints first, then questions</source>
        <translation>Prioriteit: eerst klachten, dan vragen</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="223" />
        <source>Sentiment of the message</source>
        <translation>Sentiment van het bericht</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="280" />
        <source>(unknown)</source>
        <translation>(onbekend)</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="293" />
        <source>Mastodon</source>
        <translation>Mastodon</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="294" />
        <source>Bluesky</source>
        <translation>Bluesky</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="295" />
        <source>Feed</source>
        <translation>Feed</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="296" />
        <source>By hand</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="303" />
        <source>Complaint: answer this first</source>
        <translation>Klacht: beantwoord deze eerst</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="305" />
        <source>Question</source>
        <translation>Vraag</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="309" />
        <source>Negative</source>
        <translation>Negatief</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="310" />
        <source>Neutral</source>
        <translation>Neutraal</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/message_table_model.py" line="311" />
        <source>Positive</source>
        <translation>Positief</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="112" />
        <source>new</source>
        <translation>nieuw</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="113" />
        <source>needs reply</source>
        <translation>wacht op antwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="114" />
        <source>replied</source>
        <translation>beantwoord</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="115" />
        <source>done</source>
        <translation>klaar</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="116" />
        <source>ignored</source>
        <translation>genegeerd</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/conversation_view.py" line="117" />
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
        <location filename="../cmstation/ui/welcome_view.py" line="27" />
        <source>One quiet inbox for the conversations about your brand. Start with one channel and master it: listen first, then answer like a person, within the day.</source>
        <translation>Eén rustige inbox voor de gesprekken over je merk. Begin met één kanaal en word er goed in: eerst luisteren, dan antwoorden als een mens, binnen een dag.</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/welcome_view.py" line="32" />
        <source>Set up your first channel</source>
        <translation>Stel je eerste kanaal in</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/welcome_view.py" line="38" />
        <source>Explore the sample workspace</source>
        <translation>Verken de voorbeeldwerkruimte</translation>
    </message>
    <message>
        <location filename="../cmstation/ui/welcome_view.py" line="44" />
        <source>The sample is a fictional Dutch bike shop with a month of mentions. It opens as a temporary copy: nothing you do there touches your own workspace.</source>
        <translation>Het voorbeeld is een verzonnen Nederlandse fietsenwinkel met een maand aan vermeldingen. Het opent als tijdelijke kopie: niets wat je daar doet raakt je eigen werkruimte.</translation>
    </message>
</context>
</TS>
