using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class ConfigCatRules
{
    private static readonly Remediation Remediation = new("https://app.configcat.com/sdkkey", "ConfigCat:SdkKey", "CONFIGCAT_SDK_KEY");

    // A ConfigCat SDK key: "configcat-sdk-1/" and two ids of 22 URL-safe characters. It reads every feature flag of its
    // config and environment; apps that run in a browser carry it, so it is Medium.
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
        },
    };
}
