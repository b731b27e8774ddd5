using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AlibabaCloudRulesSamples
{
    private static readonly string AlibabaAccessKeyIdKey = FakeKey.Of("LT", "AI", FakeKey.Random(FakeKey.Base62, 20, 1));

    private static readonly string AlibabaAccessKeySecretKey = FakeKey.Of(FakeKey.Random(FakeKey.Base62, 30, 11));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("alibaba-access-key-id", AlibabaAccessKeyIdKey, "API_KEY")
        .Ignores("alibaba-access-key-id", "embedded in a longer token", "value: Q" + AlibabaAccessKeyIdKey)
        .Ignores("alibaba-access-key-id", "one character below the minimum length", $"value: {AlibabaAccessKeyIdKey[..15]}")
        .Finds("alibaba-access-key-secret", AlibabaAccessKeySecretKey, "ALIBABA_CLOUD_ACCESS_KEY_SECRET")
        .FindsIn("alibaba-access-key-secret", "ali-oss, without the word Aliyun", $"const OSS = require('ali-oss')\nlet client = new OSS({{\n  region: 'oss-cn-chengdu',\n  accessKeyId: process.env.OSS_KEY_ID,\n  accessKeySecret: '{AlibabaAccessKeySecretKey}'\n}})", AlibabaAccessKeySecretKey)
        .Ignores("alibaba-access-key-secret", "no alibaba context", $"\"checksum\": \"{AlibabaAccessKeySecretKey}\"")
        .Ignores("alibaba-access-key-secret", "one character short", $"alibaba: {AlibabaAccessKeySecretKey[..^1]}");
}
