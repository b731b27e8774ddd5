using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class BackblazeRulesSamples
{
    private static readonly string Key = FakeKey.Of("K0", "05", FakeKey.Random(FakeKey.Base64, 27, 1));

    private static readonly string Cluster0Key = FakeKey.Of("K0", "00", FakeKey.Random(FakeKey.Base62, 27, 5));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("backblaze-application-key", Key, "B2_APPLICATION_KEY")
        .FindsIn("backblaze-application-key", "the key id beside it", $"B2_APPLICATION_KEY_ID={FakeKey.Random(FakeKey.Hex, 25, 2)}\nB2_APPLICATION_KEY={Key}\n", Key)
        .Ignores("backblaze-application-key", "one character short", $"value: {Key[..^1]}")
        .FindsIn("backblaze-application-key", "a key of cluster 000", $"aws_secret_access_key = {Cluster0Key}", Cluster0Key);
}
