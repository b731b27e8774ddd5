using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TomorrowIoRules
{
    private const string Key = "[A-Za-z0-9]{32}";

    private static readonly Remediation Remediation = new("https://app.tomorrow.io/development/keys", "TomorrowIo:ApiKey", "TOMORROW_API_KEY");

    // A Tomorrow.io weather API key: 32 letters and digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "tomorrow-io-api-key",
            "Tomorrow.io",
            "Tomorrow.io API key (32 letters and digits)",
            Patterns.QueryParameter("api\\.tomorrow\\.io/", "apikey", Key) + "|" + Patterns.AssignedTo("tomorrow_?(?:io_?)?api_?key", Key),
            new[] { "tomorrow.io", "tomorrow_api", "tomorrowapi", "tomorrow_io", "tomorrowio" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = Plausibility.IsRandomBase62,
        },
    };
}
