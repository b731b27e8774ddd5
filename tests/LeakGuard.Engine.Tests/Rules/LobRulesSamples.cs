using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class LobRulesSamples
{
    private static readonly string LobApiKey = FakeKey.Of("live_", FakeKey.Random(FakeKey.Hex, 35, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("lob-api-key", LobApiKey, "LOB_API_KEY")
        .Ignores("lob-api-key", "the publishable key, meant for browsers", $"const lob = Lob('{FakeKey.Of("live_pub_", FakeKey.Random(FakeKey.Hex, 31, 2))}');")
        .FindsIn("lob-api-key", "Node's client", $"const Lob = require('lob')('{LobApiKey}');", LobApiKey)
        .FindsIn("lob-api-key", "Python's client", $"import lob\nlob.api_key = \"{LobApiKey}\"\n", LobApiKey)
        .Ignores("lob-api-key", "a blob's global setting", $"global_blob_checksum: {LobApiKey}")
        .Ignores("lob-api-key", "the test key of Lob's SDK READMEs", $"lob.api_key = \"{FakeKey.Of("test_0dc8d51e0acffcb", "1880e0f19c79b2f5b0cc")}\"")
        .Ignores("lob-api-key", "no lob context", $"\"checksum\": \"{LobApiKey}\"")
        .Ignores("lob-api-key", "one character short", $"lob: {LobApiKey[..^1]}");
}
