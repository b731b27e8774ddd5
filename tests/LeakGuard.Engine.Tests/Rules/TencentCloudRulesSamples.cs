using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class TencentCloudRulesSamples
{
    private static readonly string TencentSecretIdKey = FakeKey.Of("AK", "ID", FakeKey.Random(FakeKey.Base62, 32, 1));

    private static readonly string TencentSecretKeyKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 32, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("tencent-secret-id", TencentSecretIdKey, "API_KEY")
        .Ignores("tencent-secret-id", "one character short", $"value: {TencentSecretIdKey[..^1]}")
        .Ignores("tencent-secret-id", "embedded in a longer token", "value: Q" + TencentSecretIdKey)
        .Finds("tencent-secret-key", TencentSecretKeyKey, "TENCENTCLOUD_SECRET_KEY")
        .Ignores("tencent-secret-key", "no tencent context", $"\"checksum\": \"{TencentSecretKeyKey}\"")
        .Ignores("tencent-secret-key", "one character short", $"tencent: {TencentSecretKeyKey[..^1]}");
}
