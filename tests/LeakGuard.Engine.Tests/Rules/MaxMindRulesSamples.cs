using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class MaxMindRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 6, 5), "_", FakeKey.Random(FakeKey.Base62, 29, 6), "_m", "mk");

    private static readonly string LegacyKey = FakeKey.Random(FakeKey.Base62, 16, 7);

    private static readonly string ShortLegacyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 10, 8), "4", "q");

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("maxmind-license-key", Key, "MAXMIND_LICENSE_KEY")
        .Ignores("maxmind-license-key", "a placeholder", "LicenseKey: XXXXXX_" + new string('X', 29) + "_m" + "mk")
        .Ignores("maxmind-license-key", "one character short", $"key: {Key[1..]}")
        .FindsIn("maxmind-legacy-license-key", "a download URL in a Dockerfile", $"RUN curl -sSL \"https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-City&license_key={LegacyKey}&suffix=tar.gz\" | tar xz", LegacyKey)
        .FindsIn("maxmind-legacy-license-key", "GeoIP.conf", $"AccountID 123456\nLicenseKey {ShortLegacyKey}\nEditionIDs GeoLite2-City GeoLite2-Country\n", ShortLegacyKey)
        .Ignores("maxmind-legacy-license-key", "GeoIP.conf's default", "AccountID 0\nLicenseKey 000000000000\nEditionIDs GeoLite2-City\n")
        .Ignores("maxmind-legacy-license-key", "a variable in the URL", "https://download.maxmind.com/app/geoip_download?edition_id=GeoLite2-City&license_key=${MAXMIND_KEY}&suffix=tar.gz");
}
