/**
 * What a step asks the client for and gets back: its options ({@code SelectionOptions}), read and checked once into a
 * {@code JobSelection}; the jobs found; what happened ({@code Result}); and the one listener that hears it all.
 */
package io.jenkins.plugins.codeartsbuild.client.model;
