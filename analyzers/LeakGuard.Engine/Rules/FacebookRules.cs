using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class FacebookRules
{
    private static readonly Remediation Remediation = new("https://developers.facebook.com/tools/debug/accesstoken/", "Facebook:AccessToken", "FACEBOOK_ACCESS_TOKEN");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        // Graph API tokens: "EAA", the kind of app (M for most, C for some), then 100 or more letters and digits.
        // Bounded by base 64 both sides, so a run of base 64 that happens to hold "EAAM" is not one.
        new SecretRule(
            "facebook-page-access-token",
            "Meta",
            "Facebook / Meta page or user access token",
            Patterns.Token("EAA[MC][A-Za-z0-9]{100,400}", Patterns.Base64),
            new[] { "EAAM", "EAAC" },
            Remediation)
        {
            MinEntropy = 4,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
    };
}
