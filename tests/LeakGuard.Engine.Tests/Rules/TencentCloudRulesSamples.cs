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
        .FindsIn("tencent-secret-key", "the COS SDK, without the word Tencent", $"import COS from 'cos-js-sdk-v5'\nvar cos = new COS({{\n  SecretId: process.env.COS_SECRET_ID,\n  SecretKey: '{TencentSecretKeyKey}'\n}})", TencentSecretKeyKey)
        .Ignores("tencent-secret-key", "a piece of base 64 in a module that names a SecretId", $"const SecretId = process.env.SECRET_ID;\nconst wasm = '{FakeKey.Random(FakeKey.Base62, 100, 12)}+{TencentSecretKeyKey}/{FakeKey.Random(FakeKey.Base62, 100, 13)}';")
        .Ignores("tencent-secret-key", "no tencent context", $"\"checksum\": \"{TencentSecretKeyKey}\"")
        .Ignores("tencent-secret-key", "one character short", $"tencent: {TencentSecretKeyKey[..^1]}");
}
