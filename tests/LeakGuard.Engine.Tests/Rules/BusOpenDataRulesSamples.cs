using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BusOpenDataRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 40, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("bus-open-data-api-key", "a feed URL", $"url = \"https://data.bus-data.dft.gov.uk/api/v1/gtfsrtdatafeed/?api_key={Key}\"", Key)
        .FindsByName("bus-open-data-api-key", "a variable the URL takes", $"API_KEY = \"{Key}\"", "GTFS_RT_URL = f\"https://data.bus-data.dft.gov.uk/api/v1/gtfsrtdatafeed/?api_key={API_KEY}\"", Key)
        .Ignores("bus-open-data-api-key", "the docs' placeholder", "https://data.bus-data.dft.gov.uk/api/v1/datafeed/?api_key=YOUR_API_KEY");
}
