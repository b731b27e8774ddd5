using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureAppServiceRulesSamples
{
    private static readonly string Password = FakeKey.Random(FakeKey.Base62, 60, 71);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("azure-publish-profile-password", "a .PublishSettings file", $"<publishData><publishProfile profileName=\"contoso - Web Deploy\" publishMethod=\"MSDeploy\" publishUrl=\"contoso.scm.azurewebsites.net:443\" msdeploySite=\"contoso\" userName=\"$contoso\" userPWD=\"{Password}\" destinationAppUrl=\"https://contoso.azurewebsites.net\" /></publishData>", Password)
        .FindsIn("azure-publish-profile-password", "escaped in a JSON or YAML string", $"publish-profile: \"<publishProfile userName=\\\"$contoso\\\" userPWD=\\\"{Password}\\\" />\"", Password)
        .Ignores("azure-publish-profile-password", "a variable", "userPWD=\"$(PublishPassword)\"")
        .Ignores("azure-publish-profile-password", "a placeholder", "userPWD=\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"");
}
