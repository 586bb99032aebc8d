using System.ComponentModel.DataAnnotations;

namespace CooperJus.Gateway.Core.Delivery;

/// <summary>How hard and how patiently the dispatcher tries to deliver to each partner.</summary>
public sealed class DeliveryOptions
{
    /// <summary>Time allowed for one HTTP attempt. <value>The default value is 10 seconds.</value></summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:10:00")]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Quick retries inside one dispatch (Polly), for blips; longer outages are waited out durably in the store.
    /// <value>The default value is 2.</value>
    /// </summary>
    [Range(0, 10)]
    public int QuickRetries { get; set; } = 2;

    /// <summary>First wait of the exponential backoff. <value>The default value is 1 second.</value></summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts. <value>The default value is 10 minutes.</value></summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "1.00:00:00")]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Attempts after which a message is dead-lettered. <value>The default value is 200.</value></summary>
    [Range(1, 100_000)]
    public int MaxAttempts { get; set; } = 200;

    /// <summary>Messages sent at once to one partner. <value>The default value is 8.</value></summary>
    [Range(1, 256)]
    public int ConcurrencyPerPartner { get; set; } = 8;

    /// <summary>Messages leased per round for one partner. <value>The default value is 64.</value></summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 64;

    /// <summary>How long the circuit stays open after too many failures. <value>The default value is 30 seconds.</value></summary>
    [Range(typeof(TimeSpan), "00:00:00.500", "01:00:00")]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest the dispatcher sleeps without looking at the store. <value>The default value is 5 seconds.</value></summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan IdlePoll { get; set; } = TimeSpan.FromSeconds(5);
}
