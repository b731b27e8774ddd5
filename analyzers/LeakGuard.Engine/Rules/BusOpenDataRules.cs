using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class BusOpenDataRules
{
    private const string Key = "[0-9a-f]{40}";

    private static readonly Remediation Remediation = new("https://data.bus-data.dft.gov.uk/account/", "BusOpenData:ApiKey", "BODS_API_KEY");

    // A key of the UK Department for Transport's Bus Open Data Service: 40 hex digits, the api_key of a
    // data.bus-data.dft.gov.uk URL.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "bus-open-data-api-key",
            "Bus Open Data Service (UK)",
            "UK Bus Open Data Service API key (40 hex digits for bus-data.dft.gov.uk)",
            Patterns.QueryParameter("data\\.bus-data\\.dft\\.gov\\.uk/", "api_key", Key),
            new[] { "bus-data.dft.gov.uk" },
            Remediation)
        {
            MinEntropy = 3,
            ReferencedValue = Key,
        },
    };
}
