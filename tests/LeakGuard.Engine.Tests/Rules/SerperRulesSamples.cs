using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class SerperRulesSamples
{
    private static readonly string Key = FakeKey.Random(FakeKey.Hex, 40, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("serper-api-key", Key, "SERPER_API_KEY")
        .FindsIn("serper-api-key", "a request header", $"headers = {{'X-API-KEY': '{Key}', 'Content-Type': 'application/json'}}\nrequests.post('https://google.serper.dev/search', headers=headers)", Key)
        .Ignores("serper-api-key", "no Serper context", $"\"checksum\": \"{Key}\"");
}
