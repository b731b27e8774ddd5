using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureFunctionsRulesSamples
{
    private static readonly string Key = FakeKey.Of(FakeKey.Random(FakeKey.Base64, 54, 1), "==");

    private static readonly string UrlKey = Key.Replace("==", "%3D%3D", System.StringComparison.Ordinal);

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("azure-functions-key", "a function's URL in a curl line", $"curl -X POST \"https://contoso-orders.azurewebsites.net/api/ProcessOrder?code={UrlKey}\" -d @order.json", UrlKey)
        .FindsIn("azure-functions-key", "after another parameter", $"var url = \"https://contoso-orders.azurewebsites.net/api/orders/42?name=x&code={Key}\";", Key)
        .FindsIn("azure-functions-key", "a unique host name with the region", $"const url = \"https://contoso-orders-a1b2c3d4e5f6g7h8.northeurope-01.azurewebsites.net/api/ProcessOrder?code={Key}\";", Key)
        .FindsIn("azure-functions-key", "the header", $"client.DefaultRequestHeaders.Add(\"x-functions-key\", \"{Key}\");", Key)
        .FindsIn("azure-functions-identifiable-key", "an identifiable key in the URL: reported by its own rule", $"https://contoso-orders.azurewebsites.net/api/ProcessOrder?code={TestKeys.AzureFunctionsKey(3)}", TestKeys.AzureFunctionsKey(3))
        .Ignores("azure-functions-key", "a placeholder", "https://contoso-orders.azurewebsites.net/api/ProcessOrder?code=YOUR_FUNCTION_KEY_GOES_HERE_PLEASE")
        .Ignores("azure-functions-key", "an app's URL without a key", "https://contoso-orders.azurewebsites.net/api/ProcessOrder?name=contoso")
        .Ignores("azure-functions-key", "another site's code parameter", $"https://login.example.test/callback?code={Key}");
}
