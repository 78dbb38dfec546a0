using System.Globalization;
using System.Text;

namespace Trustdesk.Bench.Dataset;

/// <summary>One generated knowledge article, as the loader writes it.</summary>
internal sealed record GeneratedArticle(
    int Account, string Subject, string? Description, string Instructions, string Keywords, string Status, bool EndUsers,
    bool CoveredSpecialists, DateTime CreatedAt);

/// <summary>
/// A deterministic knowledge base: <see cref="Articles"/> articles spread evenly over <see cref="Accounts"/> accounts
/// (article i belongs to account 1 + i mod accounts), written from a vocabulary of everyday service desk topics. Topics
/// are drawn with Zipf-like weights (topic k of 20 with weight 1/k: passwords 20 times as often as telephony), so full-text
/// search meets both frequent words ("password", "printer", "outlook") and rare ones; besides, about 40 % of the articles name
/// one of <see cref="Products"/> made-up application names (each in one article of ~2,500: the rare words) and a tenth one
/// of 2,000 error codes (rarer still). Instructions are 6–14 sentences (about 1,000 characters). Statuses: 78 % validated, 9 % work in progress, 8 % not validated, 5 % archived; 85 % for end users,
/// 25 % for covered specialists, independently.
/// </summary>
internal sealed class ArticlesDataset(int articles, int accounts)
{
    public int Articles { get; } = articles;
    public int Accounts { get; } = accounts;

    public const int Products = 1_000;
    private const int ErrorCodes = 2_000;

    private static readonly DateTime FirstCreatedAt = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>A topic: subjects (<c>{p}</c> a product's name), keywords, and the sentences its instructions are made of.</summary>
    private sealed record Topic(string[] Subjects, string Keywords, string[] Steps);

    private static readonly Topic[] Topics =
    [
        new(["Reset your password", "Unlock your account after too many sign-in attempts", "Change your password before it expires",
                "Sign in to {p} with your company password", "Forgotten password for {p}"],
            "password reset forgotten locked login sign-in account expired",
            ["Go to the password page of the self-service portal and enter your e-mail address.",
                "Follow the link in the message you receive; it is valid for fifteen minutes.",
                "Choose a password of at least twelve characters that you have not used before.",
                "The new password works everywhere within five minutes, on your phone too once you enter it there.",
                "After five wrong attempts the account is locked for thirty minutes; the service desk can unlock it sooner."]),
        new(["Outlook does not sync your mailbox", "Share your calendar in Outlook", "Set up an out-of-office reply",
                "Recover a deleted e-mail", "Your mailbox is full: archive old messages", "Send e-mail from {p} through Outlook"],
            "outlook email e-mail mailbox calendar inbox sync archive",
            ["Open Outlook and check the status bar: it says connected when the mailbox is in sync.",
                "Close Outlook, wait a minute and start it again; the offline cache is rebuilt when it is damaged.",
                "Deleted messages stay in the recoverable items folder for thirty days.",
                "Share the calendar from its context menu and choose who may see the details.",
                "The archive moves messages older than a year to the online archive mailbox."]),
        new(["Clear a paper jam", "Add a network printer", "The printer shows offline", "Scan a document to your e-mail",
                "Replace the toner cartridge", "Print from {p}"],
            "printer print paper jam toner scan scanner offline queue",
            ["Open the front cover and pull the jammed paper out towards you with both hands.",
                "Add the printer from the list of printers on your floor; its name is on the label on the front.",
                "When the printer shows offline, switch it off for ten seconds and clear the print queue.",
                "Scanned documents are sent to the e-mail address of the badge you scanned with.",
                "Toner cartridges are in the supply cabinet next to the printer; order new ones when the last one is used."]),
        new(["Connect to the VPN from home", "The VPN disconnects every few minutes", "Install the VPN client",
                "Reach {p} from outside the office"],
            "vpn remote home connection tunnel client disconnect gateway",
            ["Install the VPN client from the company portal and sign in with your company account.",
                "Choose the gateway nearest to you; the client picks one itself when you leave it on automatic.",
                "When the connection drops every few minutes, switch from Wi-Fi to a cable or move closer to the router.",
                "Some applications only answer through the VPN; others work without it."]),
        new(["Connect your laptop to the office Wi-Fi", "Guest Wi-Fi for visitors", "The Wi-Fi keeps dropping in meeting rooms",
                "A network drive is not mapped"],
            "wifi wireless network internet guest certificate drive",
            ["Choose the company network, sign in with your e-mail address and password, and accept the certificate.",
                "Visitors get a guest code at the reception desk, valid for one day.",
                "Network drives are mapped at sign-in; sign out and in again when one is missing.",
                "Meeting rooms have their own access points; report a room where the signal drops."]),
        new(["The laptop battery drains quickly", "The laptop does not start", "Docking station: external monitor not detected",
                "Replace a broken keyboard", "The laptop is slow after an update"],
            "laptop battery notebook docking station monitor screen keyboard hardware slow",
            ["Check the battery report in the settings; a battery below sixty percent of its capacity is replaced.",
                "Hold the power button for twenty seconds, connect the charger and start the laptop again.",
                "Connect the docking station before you open the laptop, then press the key combination to detect displays.",
                "Broken keyboards and screens are repaired at the service point; bring the charger with you.",
                "After a large update the laptop indexes files for an hour; leave it connected to power."]),
        new(["Set up e-mail on a new phone", "Move the authenticator app to a new phone", "Your mobile phone is lost or stolen",
                "Install {p} on your phone"],
            "phone mobile smartphone authenticator app lost stolen wipe",
            ["Install the mail app from the company store and sign in with your company account.",
                "Before you reset the old phone, add the new one as a sign-in method and remove the old one.",
                "Report a lost phone at once: the service desk wipes the company data on it remotely.",
                "A phone needs a screen lock before company apps open."]),
        new(["Register for multi-factor authentication", "Report a phishing e-mail", "Encrypt a USB stick", "Suspicious sign-in to {p}"],
            "mfa multi-factor authentication phishing security encrypt usb suspicious",
            ["Register a second sign-in method at the security page: the authenticator app or a text message.",
                "Forward a suspicious message as an attachment to the security team and delete it.",
                "Never enter your password on a page reached through a link in an e-mail.",
                "USB sticks are encrypted when you first plug them in; choose a password you will remember."]),
        new(["Install software from the company portal", "Request a licence for {p}", "Update {p} to the latest version",
                "{p} does not start after an update"],
            "software install licence license update application portal",
            ["Open the company portal, search for the application and choose install.",
                "Applications with a licence cost are approved by your manager before they install.",
                "Updates install overnight when the laptop is connected to power and the network.",
                "When an application does not start, repair it from the company portal before reinstalling."]),
        new(["A Teams meeting has no audio", "Share your screen in Teams", "Book a meeting room with a screen",
                "Join a {p} meeting from Teams"],
            "teams meeting audio sound microphone camera screen share room",
            ["Check the device settings in Teams: the speaker and microphone must be the headset you use.",
                "Share a window rather than the whole screen, so notifications stay private.",
                "Meeting rooms with a screen are booked in the room finder of the calendar.",
                "Restart Teams when the camera is used by another application."]),
        new(["Restore a previous version of a file", "Request access to a shared drive", "OneDrive stops syncing",
                "Share a folder of {p} with a colleague"],
            "file files folder shared drive onedrive sync restore version access",
            ["Right-click the file and choose version history to restore an earlier version.",
                "Access to a shared drive is approved by its owner, named in the drive's description.",
                "Pause and resume syncing; when that does not help, sign out of OneDrive and in again.",
                "Files deleted from a shared drive stay in its recycle bin for ninety days."]),
        new(["Request a building access badge", "The badge does not open the parking gate", "A visitor badge for a guest"],
            "badge access building parking gate visitor card",
            ["New badges are made at the reception desk; bring an identity document.",
                "Parking access is added to the badge by facilities once your parking request is approved.",
                "Visitors are registered by their host a day ahead and collect a badge at reception."]),
        new(["Request parental leave", "Register sick leave", "Change the bank account for your salary", "Download your payslip",
                "Find your remaining holiday days"],
            "hr leave parental sick payroll salary payslip holiday bank",
            ["Ask for parental leave at least two months ahead with the request form of HR Services.",
                "Register sick leave before ten in the morning, and tell your manager.",
                "Payslips are published in the HR portal on the twenty-fifth of every month.",
                "A changed bank account is used from the next salary payment that has not been prepared yet."]),
        new(["Submit an expense report", "Approve an expense claim", "The corporate credit card is declined", "Expenses in {p}"],
            "expense expenses report claim receipt credit card reimbursement finance",
            ["Photograph every receipt and add it to the expense report before you submit it.",
                "Managers approve claims from the approvals list; a claim without receipts is sent back.",
                "A declined card is often blocked after a purchase abroad; call the number on the back of the card.",
                "Reimbursements are paid with the next salary."]),
        new(["Report a broken chair or desk", "The heating or air conditioning is too cold", "Order office supplies"],
            "facilities chair desk heating cooling air conditioning supplies office",
            ["Report broken furniture with the room number; facilities replace it within two working days.",
                "Room temperatures are set centrally; report a room that stays too cold or too warm.",
                "Office supplies are ordered in the facilities catalog and delivered to your floor."]),
        new(["Book a business trip", "Travel insurance abroad", "Change a booked flight"],
            "travel trip flight hotel booking insurance abroad",
            ["Book trips in the travel tool; trips abroad need your manager's approval first.",
                "The company's travel insurance covers business trips; the card is in the travel tool.",
                "Changes to a booked flight go through the travel agency, not the airline."]),
        new(["Prepare a workstation for a new employee", "Return your laptop when you leave", "Give a new colleague access to {p}"],
            "onboarding offboarding new employee workstation return access",
            ["Request the workstation two weeks before the first working day, with the onboarding form.",
                "Return the laptop, the badge and the phone on your last working day.",
                "Access to applications is requested by the manager and granted on the first day."]),
        new(["Approve a purchase order in {p}", "Export a report from {p}", "{p} shows an error when saving"],
            "erp crm purchase order report export error approval",
            ["Purchase orders above the limit are approved by two managers in turn.",
                "Export reports as a spreadsheet from the report menu; large exports arrive by e-mail.",
                "Note the error code and the time, and attach a screenshot when you report the error."]),
        new(["Restart the application server of {p}", "Renew the certificate of {p}", "Restore a database backup"],
            "server certificate database backup restore restart maintenance",
            ["Announce the restart in the maintenance channel and wait for running jobs to finish.",
                "Certificates are renewed two weeks before they expire, in the certificate tool.",
                "Backups are kept for thirty days; a restore to a point in time needs the change manager's approval."]),
        new(["Forward your desk phone to your mobile", "Reset your voicemail PIN"],
            "telephony desk phone voicemail pin forward call",
            ["Forward calls from the phone settings, or press the forward key and dial your mobile number.",
                "The voicemail PIN is reset by the service desk; choose a new one at the first call."]),
    ];

    private static readonly string[] Contexts =
        ["", "", "", " on Windows 11", " on macOS", " at home", " in the Amsterdam office", " in the Brussels office", " while travelling",
            " for contractors", " after the migration", " on a shared workstation"];

    private static readonly string[] General =
    [
        "When this does not help, register a request with the service desk and mention what you tried.",
        "The service desk answers within one working day.",
        "Keep the laptop connected to the company network while you do this.",
        "Your manager receives a copy of the confirmation.",
        "This takes about ten minutes.",
        "Screenshots of each step are in the attached guide.",
        "Specialists find the details in the runbook of the service.",
        "The change applies to all devices you sign in on.",
    ];

    private static readonly string[] Syllables =
        ["zor", "bix", "quel", "vex", "mir", "dal", "kor", "nis", "fen", "gar", "lum", "pra", "sil", "tov", "wen", "yar", "cal", "dro",
            "hex", "jun", "oby", "rin", "tas", "ulm", "vio", "xan", "zep", "bre", "cro", "fyn", "gol", "ith"];

    /// <summary>A made-up application name, one word, for a rare search term: <c>Zorbix</c>, <c>Quelvex</c>, ….</summary>
    public static string Product(int n) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(Syllables[n % Syllables.Length] + Syllables[n / Syllables.Length % Syllables.Length]);

    public static string ErrorCode(int n) => "0x8007" + (0x1000 + (n * 7919 % ErrorCodes)).ToString("x4", CultureInfo.InvariantCulture);

    /// <summary>Article <paramref name="i"/>: the same for the same index, whatever else is generated.</summary>
    public GeneratedArticle Article(int i)
    {
        var random = new SplitMix((ulong)i);
        var topic = Topics[ZipfTopic(random.Next())];
        var product = random.Next() % 3 == 0 ? Product((int)(random.Next() % Products)) : null;
        var subject = topic.Subjects[random.Next() % (ulong)topic.Subjects.Length];
        subject = subject.Contains("{p}", StringComparison.Ordinal)
            ? subject.Replace("{p}", product ?? Product((int)(random.Next() % Products)), StringComparison.Ordinal)
            : subject + (product is null ? Contexts[random.Next() % (ulong)Contexts.Length] : " in " + product);
        var error = random.Next() % 10 == 0 ? ErrorCode((int)(random.Next() % ErrorCodes)) : null;
        if (error is not null) subject += $" (error {error})";

        var instructions = new StringBuilder();
        var steps = 6 + (int)(random.Next() % 9);
        for (var s = 0; s < steps; s++)
        {
            if (instructions.Length > 0) instructions.Append(' ');
            instructions.Append(random.Next() % 4 == 0
                ? General[random.Next() % (ulong)General.Length]
                : topic.Steps[random.Next() % (ulong)topic.Steps.Length]);
        }
        if (product is not null) instructions.Append($" This applies to {product} as well.");
        if (error is not null) instructions.Append($" The message shows error {error}.");
        var description = random.Next() % 5 == 0 ? null : $"{subject}: what to do, step by step.";
        var keywords = topic.Keywords + (product is null ? "" : " " + product.ToLowerInvariant());

        var status = (random.Next() % 100) switch
        {
            < 78 => "validated",
            < 87 => "work_in_progress",
            < 95 => "not_validated",
            _ => "archived",
        };
        var endUsers = random.Next() % 100 < 85;
        var coveredSpecialists = random.Next() % 100 < 25;
        var createdAt = FirstCreatedAt.AddMinutes(i * 3);
        return new GeneratedArticle(1 + i % Accounts, subject, description, instructions.ToString(), keywords, status, endUsers,
            coveredSpecialists, createdAt);
    }

    /// <summary>Topic k (from 0) with weight 1/(k+1).</summary>
    private static int ZipfTopic(ulong draw)
    {
        var total = 0.0;
        for (var k = 0; k < Topics.Length; k++) total += 1.0 / (k + 1);
        var point = draw % 1_000_000 / 1_000_000.0 * total;
        for (var k = 0; k < Topics.Length; k++)
        {
            point -= 1.0 / (k + 1);
            if (point < 0) return k;
        }
        return Topics.Length - 1;
    }

    /// <summary>SplitMix64: a tiny, fast generator whose sequence is fixed by its seed (unlike what <see cref="Random"/> promises).</summary>
    private struct SplitMix(ulong seed)
    {
        private ulong _state = seed * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B9E2E1UL;

        public ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
