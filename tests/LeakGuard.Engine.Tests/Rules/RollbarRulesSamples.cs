using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class RollbarRulesSamples
{
    // Rollbar's tokens are version 4 GUIDs without hyphens.
    private static readonly string RollbarAccessTokenKey = TestKeys.CompactGuid(11);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("rollbar-access-token", RollbarAccessTokenKey, "ROLLBAR_ACCESS_TOKEN")
        .FindsIn("rollbar-access-token", "a server's client", $"const rollbar = new Rollbar({{ accessToken: '{RollbarAccessTokenKey}', environment: 'production' }});", RollbarAccessTokenKey)
        .FindsIn("generic-secret", "the browser snippet's token: not reported as Rollbar's", $"<script>var _rollbarConfig = {{\n    accessToken: \"{RollbarAccessTokenKey}\",\n    captureUncaught: true\n}};</script>", RollbarAccessTokenKey)
        .FindsIn("generic-secret", "a post_client_item token: not reported as Rollbar's", $"ROLLBAR_CLIENT_TOKEN={RollbarAccessTokenKey}", RollbarAccessTokenKey)
        .Ignores("rollbar-access-token", "a source map's hash beside Rollbar, not a GUID", $"rollbar upload: {TestKeys.Hex32(3)}")
        .Ignores("rollbar-access-token", "a post_client_item token in a call", $"Rollbar.init(\"{RollbarAccessTokenKey}\", \"post_client_item\");")
        .Ignores("rollbar-access-token", "no rollbar context", $"\"checksum\": \"{RollbarAccessTokenKey}\"")
        .Ignores("rollbar-access-token", "one character short", $"rollbar: {RollbarAccessTokenKey[..^1]}");
}
