using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class MaxMindRules
{
    private static readonly Remediation Remediation = new("https://www.maxmind.com/en/accounts/current/license-key", "MaxMind:LicenseKey", "MAXMIND_LICENSE_KEY");

    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        new SecretRule(
            "maxmind-license-key",
            "MaxMind",
            "MaxMind GeoIP license key",
            Patterns.Token("[A-Za-z0-9]{6}_[A-Za-z0-9]{29}_mmk"),
            new[] { "_mmk" },
            Remediation)
        {
            MinEntropy = 4,
        },

        // Keys issued before 2019 were 12 or 16 letters and digits, without "_mmk": in the download URL's query
        // ("download.maxmind.com/app/geoip_download?edition_id=…&license_key=…") or GeoIP.conf's "LicenseKey" line.
        new SecretRule(
            "maxmind-legacy-license-key",
            "MaxMind",
            "MaxMind GeoIP legacy license key (in a download URL or GeoIP.conf)",
            "(?i)(?:download\\.maxmind\\.com/[^\\s\"'<>]{0,200}[?&]license_key=|(?:^|\\n)[ \\t]*LicenseKey[ \\t]+)(?<secret>[A-Za-z0-9]{16}|[A-Za-z0-9]{12})(?:$|[^A-Za-z0-9_])",
            new[] { "download.maxmind.com", "LicenseKey " },
            Remediation)
        {
            Confidence = Confidence.Medium,
            MinEntropy = 3,
            IsPlausible = value => Plausibility.MixesLettersAndDigits(value),
        },
    };
}
