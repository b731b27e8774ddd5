using System;
using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class NuGetRulesSamples
{
    private static readonly string LooseNuGetKey = FakeKey.Of("oy", "2", FakeKey.Random("abcdefghijklmnopqrstuvwxyz234567", 43, 9));

    private static readonly string FeedPassword = FakeKey.Random(FakeKey.Base62, 24, 22);

    private static readonly string AzureDevOpsToken = FakeKey.Random("abcdefghijklmnopqrstuvwxyz234567", 52, 1);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .Finds("nuget-api-key", TestKeys.NuGet(), "NUGET_API_KEY")
        .FindsIn("nuget-api-key", "dotnet nuget push", $"dotnet nuget push *.nupkg --api-key {TestKeys.NuGet(2)} --source nuget.org", TestKeys.NuGet(2))
        .FindsIn("nuget-api-key", "any 43 base 32 characters after oy2", $"NUGET_API_KEY={LooseNuGetKey}", LooseNuGetKey)
        .Ignores("nuget-api-key", "an upper-case letter is no part of a key", TestKeys.NuGet().Remove(3, 1).Insert(3, "Z"))
        .Ignores("nuget-api-key", "one character short", TestKeys.NuGet()[..^1])
        .FindsIn("nuget-config-password", "packageSourceCredentials", $"<packageSourceCredentials>\n  <contoso>\n    <add key=\"Username\" value=\"build\" />\n    <add key=\"ClearTextPassword\" value=\"{FeedPassword}\" />\n  </contoso>\n</packageSourceCredentials>", FeedPassword)
        .FindsIn("nuget-config-password", "an Azure DevOps token for Azure Artifacts (52 characters of lower-case base 32)", $"<packageSourceCredentials>\n  <internal>\n    <add key=\"Username\" value=\"build\" />\n    <add key=\"ClearTextPassword\" value=\"{AzureDevOpsToken}\" />\n  </internal>\n</packageSourceCredentials>", AzureDevOpsToken)
        .Ignores("nuget-config-password", "the docs' escaped placeholder", "<add key=\"ClearTextPassword\" value=\"ghp_&lt;token&gt;\" />")
        .Ignores("nuget-config-password", "words for a password", "<add key=\"ClearTextPassword\" value=\"new-company-password\" />")
        .Ignores("nuget-config-password", "a demo password", "<add key=\"ClearTextPassword\" value=\"password\" />")
        .FindsIn("nuget-config-password", "dotnet nuget add source", $"RUN dotnet nuget add source https://pkgs.example.test/feed/index.json -n contoso -u build -p {FeedPassword} --store-password-in-clear-text", FeedPassword)
        .FindsIn("nuget-config-password", "the flag before the password", $"dotnet nuget update source contoso --store-password-in-clear-text --username build --password \"{FeedPassword}\"", FeedPassword)
        .Ignores("nuget-config-password", "the password from the environment", "dotnet nuget add source https://pkgs.example.test/feed/index.json -n contoso -u build -p $FEED_PAT --store-password-in-clear-text")
        .FindsIn("nuget-config-password", "the key in another case, as NuGet reads it", $"<add key=\"cleartextpassword\" value=\"{FeedPassword}\" />", FeedPassword)
        .Ignores("nuget-config-password", "an environment variable", "<add key=\"ClearTextPassword\" value=\"%NUGET_FEED_PAT%\" />")
        .Ignores("nuget-config-password", "a name in capitals to replace", "<add key=\"ClearTextPassword\" value=\"ACCESS_TOKEN\" />")
        .Ignores("nuget-config-password", "an MSBuild property", "<add key=\"ClearTextPassword\" value=\"$(FeedPassword)\" />")
        .Ignores("nuget-config-password", "a password encrypted for one Windows user", $"<add key=\"Password\" value=\"{TestKeys.AzureStorageKey(21)}\" />");
}
