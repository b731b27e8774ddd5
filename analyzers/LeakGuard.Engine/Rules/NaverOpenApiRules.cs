using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class NaverOpenApiRules
{
    private const string Key = "[A-Za-z0-9_]{10}";

    private static readonly Remediation Remediation = new("https://developers.naver.com/apps/#/list", "Naver:ClientSecret", "NAVER_CLIENT_SECRET");

    // A Naver Open API client secret: 10 letters, digits and underscores, sent in the X-Naver-Client-Secret header beside
    // the client id.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "naver-client-secret",
            "Naver",
            "Naver Open API client secret (in X-Naver-Client-Secret)",
            Patterns.AssignedTo("naver[_-]?client[_-]?secret", Key) + "|" + Patterns.AssignedReference("naver[_-]?client[_-]?secret"),
            new[] { "naver" },
            Remediation)
        {
            ReferencedValue = Key,
            MinEntropy = 2.5,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value) || Plausibility.IsRandomBase62(value),
        },
    };
}
