using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class OpenCageRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 32, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("opencage-api-key", Key, "OPENCAGE_API_KEY")
        .FindsIn("opencage-api-key", "the Python client", $"geocoder = OpenCageGeocode('{Key}')", Key)
        .FindsIn("opencage-api-key", "a request URL", $"https://api.opencagedata.com/geocode/v1/json?q=Berlin&key={Key}&language=de", Key)
        .Ignores("opencage-api-key", "31 digits", $"geocoder = OpenCageGeocode('{Key[..31]}')")
        .Ignores("opencage-api-key", "the documented testing key that always answers 200", $"geocoder = OpenCageGeocode(\"{FakeKey.Of("6d0e711d72d74dae", "b2b0bfd2a5cdfdba")}\")");
}
