using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AlpacaRules
{
    private static readonly Remediation Remediation = new("https://app.alpaca.markets/", "Alpaca:SecretKey", "APCA_API_SECRET_KEY");

    // A key id ("PK" for paper trading, "AK" for live, "CK" for the Broker API, then 18 capitals and digits; not AWS's
    // "AKIA") and, a line or an argument later, its secret of 40 letters, digits and '/', which places trades.
    private const string KeyId = "[PAC]K(?:[A-HJ-Z0-9][A-Z0-9]|I[B-Z0-9])[A-Z0-9]{16}";

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "alpaca-api-key-pair",
            "Alpaca",
            "Alpaca API key id and its secret key together",
            "(?:^|[^A-Za-z0-9])" + KeyId + Pairs.Between(Patterns.Base64) + "(?<secret>[A-Za-z0-9/]{40})(?:$|[^A-Za-z0-9/])",
            new[] { "alpaca", "APCA" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
