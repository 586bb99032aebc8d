namespace CooperJus.Gateway.Core.Intake;

/// <summary>Processes one claimed file (translate it, queue its requests). Must be idempotent: after a crash the same claimed file is handed over again.</summary>
public interface IIntakeHandler
{
    /// <summary>Handles <paramref name="file"/>; the verdict decides where the file goes.</summary>
    Task<IntakeVerdict> HandleAsync(ClaimedFile file, CancellationToken cancellationToken);
}
