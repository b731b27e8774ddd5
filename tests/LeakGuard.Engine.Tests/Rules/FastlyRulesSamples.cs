using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class FastlyRulesSamples
{
    private static readonly string FastlyApiTokenKey = FakeKey.Of(FakeKey.Random(FakeKey.UrlSafe, 32, 1));

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("fastly-api-token", FastlyApiTokenKey, "FASTLY_API_TOKEN")
        .Ignores("fastly-api-token", "no fastly context", $"\"checksum\": \"{FastlyApiTokenKey}\"")
        .Ignores("fastly-api-token", "one character short", $"fastly: {FastlyApiTokenKey[..^1]}")
        .FindsIn("fastly-api-token", "an older key of 32 lower-case hex digits", $"my $FASTLY_API_KEY = \"{FakeKey.Random(FakeKey.Hex, 32, 2)}\";", FakeKey.Random(FakeKey.Hex, 32, 2))
        .Ignores("fastly-api-token", "a lower-case word of 32 characters", "fastly: \"configurationdriftdetectionpolicy\"")
        .Ignores("fastly-api-token", "a generated client's type name", "FastlyServiceResponseAttribute_1: FastlyServiceResponseAttribute_1.FastlyServiceResponseAttribute,")
        .Ignores("fastly-api-token", "a go.sum hash", $"github.com/fastly/go-fastly/v9 v9.0.0 h1:{FakeKey.Random(FakeKey.Base62, 5, 21)}+{FastlyApiTokenKey.Replace('_', 'x').Replace('-', 'y')}/{FakeKey.Random(FakeKey.Base62, 5, 22)}=")
        .Ignores("fastly-api-token", "an import command in generated docs", $"/**\n * ## Import\n *\n * ```sh\n * $ pulumi import datadog:fastly/integrationAccount:IntegrationAccount new_list \"{FakeKey.Random(FakeKey.Hex, 32, 31)}\"\n * ```\n */");
}
