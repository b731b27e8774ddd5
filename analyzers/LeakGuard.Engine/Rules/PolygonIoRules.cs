using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class PolygonIoRules
{
    private const string Key = "[A-Za-z0-9_]{32}";

    private static readonly Remediation Remediation = new("https://polygon.io/dashboard/keys", "Polygon:ApiKey", "POLYGON_API_KEY");

    // A Polygon.io (Massive) market data API key: 32 letters, digits and underscores on an api.polygon.io URL, given to
    // its client or under its name (a PolygonScan key is 34 capitals and digits).
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "polygon-io-api-key",
            "Polygon.io",
            "Polygon.io market data API key (32 characters)",
            Patterns.QueryParameter("api\\.polygon\\.io/", "apikey", Key) + "|RESTClient\\([ \t]{0,3}(?:api_key[ \t]{0,3}=[ \t]{0,3})?[\"'](?<secret>[A-Za-z0-9_]{32})[\"']|" + Patterns.AssignedTo("polygon_?(?:io_?)?api_?key", Key),
            new[] { "api.polygon.io", "polygon_api", "polygonapi", "polygon_io", "polygonio", "from polygon import" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 3.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value, digits: 2),
        },
    };
}
