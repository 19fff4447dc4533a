package taizhang.responsibility.validation;

/**
 * Told when the current problems of a {@link LiveValidation} change, on the thread that made the
 * change (for a workbench, the UI thread that executed the command).
 */
@FunctionalInterface
public interface ProblemListener {

	void problemsChanged(ProblemDelta delta);
}
