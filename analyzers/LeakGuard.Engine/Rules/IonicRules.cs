using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class IonicRules
{
    private static readonly Remediation Remediation = new("https://dashboard.ionicframework.com/settings/personal-access-tokens", "Ionic:Token", "IONIC_TOKEN");

    // An Appflow personal access token: "ion_" and about 40 letters and digits (42 in
    // other scanners' rules, 37 in Ionic's own README). It starts builds and deploys of the user's apps.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "ionic-access-token",
            "Ionic",
            "Ionic Appflow personal access token",
            Patterns.Token("ion_[A-Za-z0-9]{36,44}"),
            new[] { "ion_" },
            Remediation)
        {
            MinEntropy = 3.5,
            IsPlausible = Plausibility.MixesCasesAndDigits,
        },
    };
}
