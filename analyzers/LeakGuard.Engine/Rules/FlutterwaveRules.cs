using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FlutterwaveRules
{
    private static readonly Remediation Remediation = new("https://app.flutterwave.com/dashboard/settings/apis", "Flutterwave:SecretKey", "FLW_SECRET_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "flutterwave-secret-key",
            "Flutterwave",
            "Flutterwave secret key",
            // v3 live keys carry one more part before the "-X": 11 hex digits and "vt" (FLWSECK-<32>-<11>vt-X).
            Patterns.Token("FLWSECK(?:_TEST)?-[a-h0-9]{32}(?:-[a-f0-9]{8,14}vt)?-X"),
            new[] { "FLWSECK" },
            Remediation)
        {
            MinEntropy = 3,
        },
        new SecretRule(
            "flutterwave-encryption-key",
            "Flutterwave",
            "Flutterwave encryption key",
            Patterns.Token("FLWSECK_TEST[a-h0-9]{12}"),
            new[] { "FLWSECK_TEST" },
            Remediation)
        {
            MinEntropy = 2.5,
        },
    };
}
