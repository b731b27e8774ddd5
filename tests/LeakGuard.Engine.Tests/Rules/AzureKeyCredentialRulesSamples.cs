using LeakGuard.Engine.Tests.Catalog;
using LeakGuard.Tests;

namespace LeakGuard.Engine.Tests.Rules;

internal static class AzureKeyCredentialRulesSamples
{
    private static readonly string EventGridKey = FakeKey.Random(FakeKey.Base64, 43, 1) + "=";

    internal static readonly RuleSamples Samples = new RuleSamples()
        .FindsIn("azure-key-credential", "an Event Grid publisher", $"var client = new EventGridPublisherClient(\n    new Uri(\"https://orders.westeurope-1.eventgrid.azure.net/api/events\"),\n    new AzureKeyCredential(\"{EventGridKey}\"));", EventGridKey)
        .FindsIn("azure-key-credential", "a Service Bus policy's key as an AzureNamedKeyCredential", $"_client = new ServiceBusClient(Namespace, new AzureNamedKeyCredential(\"send-only\", \"{EventGridKey}\"));", EventGridKey)
        .Ignores("azure-key-credential", "a named credential from configuration", "new AzureNamedKeyCredential(\"send-only\", configuration[\"ServiceBus:SendKey\"]);")
        .Ignores("azure-key-credential", "the key from configuration", "new AzureKeyCredential(builder.Configuration[\"EventGrid:Key\"]);")
        .Ignores("azure-key-credential", "a placeholder", "new AzureKeyCredential(\"<your-event-grid-access-key-goes-here>\");");
}
