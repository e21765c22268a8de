/**
 * The job operations: what a selection means ({@link io.jenkins.plugins.codeartsbuild.client.model.JobSelection}, checked once
 * from the options a step holds, {@link io.jenkins.plugins.codeartsbuild.client.model.SelectionOptions}; its
 * id rule in {@link io.jenkins.plugins.codeartsbuild.client.model.JobIds}, its filters in
 * {@link io.jenkins.plugins.codeartsbuild.client.model.JobFilter}), reading the job lists
 * ({@link io.jenkins.plugins.codeartsbuild.client.jobs.JobLister}), reading a delete's answer
 * ({@link io.jenkins.plugins.codeartsbuild.client.jobs.DeleteResponse}) and the batches that delete and restore jobs
 * ({@link io.jenkins.plugins.codeartsbuild.client.jobs.DeleteBatch}; a single delete is a batch of one), whose
 * outcomes are {@link io.jenkins.plugins.codeartsbuild.client.model.Outcome}s.
 *
 * <p>The value types here (selection, filter, job) are part of the client's API; the readers are internal and public
 * only for {@link io.jenkins.plugins.codeartsbuild.client.CodeArtsBuildClient}.
 */
package io.jenkins.plugins.codeartsbuild.client.jobs;
