using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class TwelveDataRules
{
    private const string Key = "[0-9a-f]{32}";

    private static readonly Remediation Remediation = new("https://twelvedata.com/account/api-keys", "TwelveData:ApiKey", "TWELVE_DATA_API_KEY");

    // A Twelve Data market data API key: 32 hex digits on its API's URL or under its name.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "twelvedata-api-key",
            "Twelve Data",
            "Twelve Data API key (32 hex digits)",
            Patterns.QueryParameter("api\\.twelvedata\\.com/", "apikey", Key) + "|TDClient\\([ \t]{0,3}apikey[ \t]{0,3}=[ \t]{0,3}[\"'](?<secret>[0-9a-f]{32})[\"']|" + Patterns.AssignedReference("TDClient\\([ \t]{0,3}apikey") + "|" + Patterns.AssignedTo("twelve_?data_?(?:api_?)?key", Key),
            new[] { "twelvedata", "twelve_data", "twelvedata" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3,
        },
    };
}
