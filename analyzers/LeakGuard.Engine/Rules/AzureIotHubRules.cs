using System.Collections.Generic;

namespace LeakGuard.Engine.Rules;

internal static class AzureIotHubRules
{
    private static readonly Remediation Remediation = AzurePortal.Resources("Microsoft.Devices%2FIotHubs", "IotHub:DeviceKey", "IOTHUB_DEVICE_KEY");

    // How the IoT Hub quickstarts and the device SDK name a device's symmetric key, and the hub's host name.
    private static readonly string[] Context = { "DeviceKey", "device_key", "azure-devices.net", "RegistrySymmetricKey" };

    // A device's key (32 bytes of base 64) signs in as that device; it is written apart from any connection string
    // when code builds DeviceAuthenticationWithRegistrySymmetricKey itself.
    public static IEnumerable<SecretRule> All { get; } = new[]
    {
        ContextGatedRule.Create(
            "azure-iot-device-key",
            "Azure",
            "Azure IoT Hub device key (44-character base 64 next to DeviceKey or the hub's host name)",
            Patterns.Token("[A-Za-z0-9+/]{43}=", Patterns.Base64),
            Context,
            Remediation,
            minEntropy: 4),
    };
}
