using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TicketmasterRules
{
    private const string Key = "[A-Za-z0-9]{32}";

    private static readonly Remediation Remediation = new("https://developer-acct.ticketmaster.com/user/login", "Ticketmaster:ApiKey", "TICKETMASTER_API_KEY");

    // A Ticketmaster Discovery API consumer key: 32 letters and digits, the apikey of an app.ticketmaster.com URL or
    // under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "ticketmaster-api-key",
            "Ticketmaster",
            "Ticketmaster consumer key (32 letters and digits for app.ticketmaster.com)",
            Patterns.QueryParameter("app\\.ticketmaster\\.com/", "apikey", Key) + "|" + Patterns.AssignedTo("ticketmaster_?(?:api_?|consumer_?)?key", Key),
            new[] { "ticketmaster" },
            Remediation)
        {
            MinEntropy = 3.5,
            ReferencedValue = Key,
            IsPlausible = Plausibility.IsRandomBase62,
        },
    };
}
