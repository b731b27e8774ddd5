using System.Collections.Generic;
using System.Linq;

namespace LeakGuard.Engine.Rules;

internal static class ConfigCatRules
{
    private static readonly Remediation Remediation = new("https://app.configcat.com/sdkkey", "ConfigCat:SdkKey", "CONFIGCAT_SDK_KEY");

    // The configs of ConfigCat's own integration tests, whose SDK keys every SDK repository and its forks carry.
    private static readonly string[] TestConfigs = { "PKDVCLf-Hq-h-kCzMp-L7Q", "JcPbCGl_1E-K9M-fJOyKyQ", "XUbbCFZX_0mOU_uQ_XYGMg" };

    private static readonly string[] Context = { "configcat" };

    // A ConfigCat SDK key: "configcat-sdk-1/" and two ids of 22 URL-safe characters (before 2024, the two ids alone,
    // which only ConfigCat's name nearby tells apart). It reads every feature flag of its config and environment; apps
    // that run in a browser carry it, so it is Medium.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "configcat-sdk-key",
            "ConfigCat",
            "ConfigCat SDK key (configcat-sdk-1/…/…)",
            Patterns.Token("configcat-sdk-1/[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}"),
            new[] { "configcat-sdk-1/" },
            Remediation)
        {
            MinEntropy = 3.5,
            Confidence = Confidence.Medium,
            IsPlausible = IsNotATestConfig,
        },
        ContextGatedRule.Create(
            "configcat-legacy-sdk-key",
            "ConfigCat",
            "ConfigCat SDK key of the format before configcat-sdk-1/ (two ids of 22 characters next to ConfigCat)",
            Patterns.Token("[A-Za-z0-9_-]{22}/[A-Za-z0-9_-]{22}", "/" + Patterns.UrlSafe),
            Context,
            Remediation,
            minEntropy: 3.5,
            isPlausible: value => IsNotATestConfig(value) && Plausibility.MixesLettersAndDigits(value, digits: 2)),
    };

    private static bool IsNotATestConfig(string value) =>
        !TestConfigs.Any(config => value.IndexOf(config, System.StringComparison.Ordinal) >= 0);
}
