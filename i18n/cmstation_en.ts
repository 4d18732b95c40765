<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <location filename="../cmstation/ui/inbox/bulk_actions.py" line="305"/>
        <source>%n message(s) back from snooze.</source>
        <translation>
            <numerusform>%n message back from snooze.</numerusform>
            <numerusform>%n messages back from snooze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../cmstation/cli/conversation.py" line="20"/>
        <source>Not queued: %n finding(s) say it cannot go out as it is. Fix them, or add --force.</source>
        <translation>
            <numerusform>Not queued: %n finding says it cannot go out as it is. Fix it, or add --force.</numerusform>
            <numerusform>Not queued: %n findings say it cannot go out as it is. Fix them, or add --force.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposerView</name>
    <message numerus="yes">
        <location filename="../cmstation/ui/compose/composer_view.py" line="554"/>
        <source>%n character(s)</source>
        <translation>
            <numerusform>%n character</numerusform>
            <numerusform>%n characters</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftsView</name>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/drafts_view.py" line="123"/>
        <source>%n reply(s) being written</source>
        <translation>
            <numerusform>%n reply being written</numerusform>
            <numerusform>%n replies being written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Insights</name>
    <message numerus="yes">
        <location filename="../cmstation/insights/maturity.py" line="36"/>
        <source>Profile with name and sign-off: {face}; voice: {voice}; %n brand keyword(s); {searches} saved search(es) listening</source>
        <translation>
            <numerusform>Profile with name and sign-off: {face}; voice: {voice}; %n brand keyword; {searches} saved search(es) listening</numerusform>
            <numerusform>Profile with name and sign-off: {face}; voice: {voice}; %n brand keywords; {searches} saved search(es) listening</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/insights/maturity.py" line="48"/>
        <source>{engaged} of {ambassadors} ambassadors answered by you; %n person(s) answered others</source>
        <translation>
            <numerusform>{engaged} of {ambassadors} ambassadors answered by you; %n person answered others</numerusform>
            <numerusform>{engaged} of {ambassadors} ambassadors answered by you; %n people answered others</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/insights/maturity.py" line="54"/>
        <source>%n own post(s), {started} of them started a conversation</source>
        <translation>
            <numerusform>%n own post, {started} of which started a conversation</numerusform>
            <numerusform>%n own posts, {started} of which started a conversation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InsightsView</name>
    <message numerus="yes">
        <location filename="../cmstation/ui/insights/insights_view.py" line="80"/>
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>Last %n day</numerusform>
            <numerusform>Last %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListeningUi</name>
    <message numerus="yes">
        <location filename="../cmstation/listening/status_text.py" line="24"/>
        <source>%n item(s) skipped</source>
        <translation>
            <numerusform>%n item skipped</numerusform>
            <numerusform>%n items skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/main_window.py" line="483"/>
        <source>{shown} of %n message(s) loaded</source>
        <translation>
            <numerusform>{shown} of %n message loaded</numerusform>
            <numerusform>{shown} of %n messages loaded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/main_window.py" line="486"/>
        <location filename="../cmstation/ui/shell/navigation.py" line="248"/>
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n message</numerusform>
            <numerusform>%n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/main_window.py" line="489"/>
        <source>%n need(s) a reply</source>
        <translation>
            <numerusform>%n needs a reply</numerusform>
            <numerusform>%n need a reply</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/main_window.py" line="490"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform>
            <numerusform>%n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxUi</name>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="521"/>
        <source>%n reply(s) sent from the outbox.</source>
        <translation>
            <numerusform>%n reply sent from the outbox.</numerusform>
            <numerusform>%n replies sent from the outbox.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="525"/>
        <source>%n reply(s) held in the outbox; see the reason there.</source>
        <translation>
            <numerusform>%n reply held in the outbox; see the reason there.</numerusform>
            <numerusform>%n replies held in the outbox; see the reasons there.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="580"/>
        <source>%n reply(s) being written</source>
        <translation>
            <numerusform>%n reply being written</numerusform>
            <numerusform>%n replies being written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="581"/>
        <source>%n reply(s) waiting to go</source>
        <translation>
            <numerusform>%n reply waiting to go</numerusform>
            <numerusform>%n replies waiting to go</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OutboxView</name>
    <message numerus="yes">
        <location filename="../cmstation/ui/outbox/outbox_view.py" line="263"/>
        <source>%n try(s)</source>
        <translation>
            <numerusform>%n try</numerusform>
            <numerusform>%n tries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestsDialog</name>
    <message numerus="yes">
        <location filename="../cmstation/ui/listening/requests_dialog.py" line="98"/>
        <source>%n request(s) waiting.</source>
        <translation>
            <numerusform>%n request waiting.</numerusform>
            <numerusform>%n requests waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayMenu</name>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/tray_menu.py" line="102"/>
        <source>%n message(s) need a reply</source>
        <translation>
            <numerusform>%n message needs a reply</numerusform>
            <numerusform>%n messages need a reply</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/tray_notifier.py" line="69"/>
        <source>%n new complaint(s)</source>
        <translation>
            <numerusform>%n new complaint</numerusform>
            <numerusform>%n new complaints</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/tray_notifier.py" line="73"/>
        <source>And %n more your rules flag.</source>
        <translation>
            <numerusform>And %n more your rules flag.</numerusform>
            <numerusform>And %n more your rules flag.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/ui/shell/tray_notifier.py" line="76"/>
        <source>%n new message(s) your rules flag</source>
        <translation>
            <numerusform>%n new message your rules flag</numerusform>
            <numerusform>%n new messages your rules flag</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>channels</name>
    <message numerus="yes">
        <location filename="../cmstation/channels/bluesky.py" line="116"/>
        <location filename="../cmstation/channels/bluesky_chat.py" line="99"/>
        <location filename="../cmstation/channels/feed.py" line="74"/>
        <location filename="../cmstation/channels/mastodon.py" line="61"/>
        <source>%n item(s) were left out because they were malformed.</source>
        <translation>
            <numerusform>%n item was left out because it was malformed.</numerusform>
            <numerusform>%n items were left out because they were malformed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/channels/bluesky_chat.py" line="71"/>
        <source>%n message request(s) waiting: people the account does not follow wrote to it. They are in the inbox; answering one accepts it.</source>
        <translation>
            <numerusform>%n message request waiting: someone the account does not follow wrote to it. It is in the inbox; answering it accepts it.</numerusform>
            <numerusform>%n message requests waiting: people the account does not follow wrote to it. They are in the inbox; answering one accepts it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cmstation/channels/mastodon_direct.py" line="72"/>
        <source>The server filtered notifications from %n account(s), such as people you don&apos;t follow or brand-new accounts; their mentions are in your inbox. Accept or dismiss them.</source>
        <translation>
            <numerusform>The server filtered notifications from %n account, such as someone you don&apos;t follow or a brand-new account; its mentions are in your inbox. Accept or dismiss it.</numerusform>
            <numerusform>The server filtered notifications from %n accounts, such as people you don&apos;t follow or brand-new accounts; their mentions are in your inbox. Accept or dismiss them.</numerusform>
        </translation>
    </message>
</context>
</TS>
